package dev.readiness.facts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks what looks like a credential in a line of evidence before it reaches any output: the value
 * of a secret-named assignment, and any long high-entropy token. A masked value keeps its first four
 * characters and its length ({@code sk_l…(32)}), enough to recognise it, not to use it.
 */
public final class SecretRedactor {
    /**
     * An identifier, an assignment operator, then a quoted value or a bare value that runs to the end
     * of the line (a bare value followed by more code is an expression such as {@code os.environ["X"]}).
     */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_.\\-]*)[\"']?\\s*(?:=|:|=>)\\s*(?:[\"'`]|(?=[^\"'`\\s]+\\s*(?:$|#|//)))"
                    + "([^\"'`\\s,;(){}\\[\\]$]{6,})");
    private static final Pattern WORDS = Pattern.compile("[A-Z]?[a-z0-9]+|[A-Z0-9]+(?![a-z])");
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "pwd", "secret", "token",
            "credential", "credentials", "apikey");
    private static final List<String> KEY_QUALIFIERS = List.of("api", "secret", "private", "access", "auth",
            "signing", "encryption", "master", "client");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9+/_\\-]{20,}={0,2}");
    private static final double MIN_TOKEN_ENTROPY = 4.0;
    private static final double MIN_LONG_TOKEN_ENTROPY = 3.5;
    private static final int LONG_TOKEN = 32;

    private SecretRedactor() {
    }

    public static String redact(String line) {
        StringBuilder out = new StringBuilder();
        Matcher assignment = ASSIGNMENT.matcher(line);
        while (assignment.find()) {
            String replacement = assignment.group();
            if (secretName(assignment.group(1))) {
                int at = assignment.start(2) - assignment.start();
                replacement = replacement.substring(0, at) + mask(assignment.group(2))
                        + replacement.substring(at + assignment.group(2).length());
            }
            assignment.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        assignment.appendTail(out);
        StringBuilder masked = new StringBuilder();
        Matcher token = TOKEN.matcher(out);
        while (token.find()) {
            String value = token.group();
            boolean alreadyMasked = token.end() < out.length() && out.charAt(token.end()) == '…';
            token.appendReplacement(masked, Matcher.quoteReplacement(looksRandom(value) && !alreadyMasked ? mask(value) : value));
        }
        token.appendTail(masked);
        return masked.toString();
    }

    /** First four characters, an ellipsis, and the length. */
    public static String mask(String secret) {
        return secret.substring(0, Math.min(4, secret.length())) + "…(" + secret.length() + ")";
    }

    /**
     * Judged by the identifier's last word, so {@code ADMIN_PASSWORD} and {@code apiKey} are secret
     * names but {@code tokenUrl} and {@code primary_key} are not.
     */
    static boolean secretName(String identifier) {
        List<String> words = WORDS.matcher(identifier).results()
                .map(m -> m.group().toLowerCase(Locale.ROOT)).toList();
        if (words.isEmpty()) {
            return false;
        }
        String last = words.get(words.size() - 1);
        if (SECRET_WORDS.contains(last)) {
            return true;
        }
        return last.equals("key") && words.stream().limit(words.size() - 1L).anyMatch(KEY_QUALIFIERS::contains);
    }

    /** Random-looking: letters and at least two digits, and high Shannon entropy per character. */
    private static boolean looksRandom(String token) {
        int[] counts = new int[128];
        int letters = 0;
        int digits = 0;
        for (char c : token.toCharArray()) {
            counts[c & 127]++;
            letters += Character.isLetter(c) ? 1 : 0;
            digits += Character.isDigit(c) ? 1 : 0;
        }
        if (letters == 0 || digits < 2) {
            return false;
        }
        double entropy = 0;
        for (int count : counts) {
            if (count > 0) {
                double p = (double) count / token.length();
                entropy -= p * Math.log(p) / Math.log(2);
            }
        }
        return entropy >= (token.length() >= LONG_TOKEN ? MIN_LONG_TOKEN_ENTROPY : MIN_TOKEN_ENTROPY);
    }
}
