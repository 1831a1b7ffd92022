package dev.readiness.config;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Identifies one place of a finding without its line number, so a finding keeps its identity when lines above it
 * are added or removed: a hash of the rule id, the path and the evidence snippet with its whitespace collapsed (a
 * re-indented line is the same line).
 */
final class Fingerprint {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Fingerprint() {
    }

    static String of(String ruleId, String path, String snippet) {
        String normalised = WHITESPACE.matcher(snippet.strip()).replaceAll(" ");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest((ruleId + "\n" + path + "\n" + normalised).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
