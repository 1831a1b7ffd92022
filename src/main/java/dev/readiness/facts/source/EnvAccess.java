package dev.readiness.facts.source;

/**
 * One expression that reads an environment variable.
 *
 * @param pattern       matched on masked code; its first group is the name itself, or the opening quote of the
 *                      string literal holding the name
 * @param nameInLiteral which of the two the first group is
 */
record EnvAccess(AnchoredPattern pattern, boolean nameInLiteral) {

    /** {@code process.env.NAME}: the name is written as an identifier; every match starts with an anchor. */
    static EnvAccess identifier(String regex, String... anchors) {
        return new EnvAccess(AnchoredPattern.of(regex, anchors), false);
    }

    /** {@code os.getenv("NAME")}: the name is the first string literal; every match starts with an anchor. */
    static EnvAccess literal(String regex, String... anchors) {
        return new EnvAccess(AnchoredPattern.of(regex, anchors), true);
    }
}
