package dev.readiness.facts.source;

import java.util.regex.Pattern;

/** Which strings can be environment variable names. */
final class EnvNames {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /**
     * Spring, Micronaut and MicroProfile resolve environment variables and dotted properties through the same
     * lookup; only {@code UPPER_SNAKE} names are taken to mean the environment.
     */
    private static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private EnvNames() {
    }

    static boolean isName(String candidate) {
        return NAME.matcher(candidate).matches();
    }

    static boolean isUpperSnake(String candidate) {
        return UPPER_SNAKE.matcher(candidate).matches();
    }
}
