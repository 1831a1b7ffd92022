package dev.readiness.facts.source;

import java.util.regex.Pattern;

/**
 * One expression that reads an environment variable.
 *
 * @param pattern       matched on masked code; its first group is the name itself, or the opening quote of the
 *                      string literal holding the name
 * @param nameInLiteral which of the two the first group is
 */
record EnvAccess(Pattern pattern, boolean nameInLiteral) {

    /** {@code process.env.NAME}: the name is written as an identifier. */
    static EnvAccess identifier(String regex) {
        return new EnvAccess(Pattern.compile(regex), false);
    }

    /** {@code os.getenv("NAME")}: the name is the first string literal. */
    static EnvAccess literal(String regex) {
        return new EnvAccess(Pattern.compile(regex), true);
    }
}
