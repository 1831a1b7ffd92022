package dev.readiness.report;

import dev.readiness.facts.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity across runs: rule id, the first evidence's path and a hash of its snippet. The
 * line is left out so that code moving up or down a file keeps the same fingerprint.
 */
final class FindingFingerprint {

    private FindingFingerprint() {
    }

    static String of(Finding finding) {
        Evidence first = FindingPlaces.orRoot(finding).get(0);
        return sha256(finding.ruleId() + "\n" + first.path() + "\n" + sha256(first.snippet()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
