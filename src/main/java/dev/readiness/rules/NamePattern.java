package dev.readiness.rules;

import java.util.Locale;

/**
 * A package, module or variable name from a rule; a trailing {@code *} makes it a prefix.
 *
 * @param written as the rule file spells it, for messages
 * @param text    lower-cased, without the {@code *}
 */
record NamePattern(String written, String text, boolean prefix) {

    static NamePattern parse(String raw) {
        String written = raw.strip();
        String lower = written.toLowerCase(Locale.ROOT);
        return lower.endsWith("*")
                ? new NamePattern(written, lower.substring(0, lower.length() - 1), true)
                : new NamePattern(written, lower, false);
    }

    /** Case-insensitive: ecosystems disagree on case, and people write names either way. */
    boolean matchesName(String candidate) {
        return matchesLowerCaseName(candidate.toLowerCase(Locale.ROOT));
    }

    /**
     * Like {@link #matchesName} but also accepts submodules: {@code stripe} matches {@code stripe.error}. Takes
     * the module lower-cased already, as the inventory keeps its modules.
     */
    boolean matchesLowerCaseModule(String lower) {
        return matchesLowerCaseName(lower) || (!prefix && lower.length() > text.length() && lower.startsWith(text)
                && (lower.charAt(text.length()) == '.' || lower.charAt(text.length()) == '/'));
    }

    private boolean matchesLowerCaseName(String lower) {
        return prefix ? lower.startsWith(text) : lower.equals(text);
    }

    @Override
    public String toString() {
        return written;
    }
}
