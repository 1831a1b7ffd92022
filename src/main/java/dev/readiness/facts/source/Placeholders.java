package dev.readiness.facts.source;

import java.util.function.ObjIntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${NAME}} references as Spring ({@code ${X:default}}), docker-compose and shells
 * ({@code ${X:-d}}, {@code ${X-d}}, {@code ${X:?error}}, {@code ${X:+alt}}) write them.
 */
final class Placeholders {
    /** {@code $${X}} is docker-compose's escape for a literal {@code ${X}}. */
    private static final Pattern PLACEHOLDER =
            Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?=[}:?+-])");

    private Placeholders() {
    }

    /** Calls {@code action} with each placeholder's name and the offset of that name in {@code text}. */
    static void forEach(String text, ObjIntConsumer<String> action) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            action.accept(matcher.group(1), matcher.start(1));
        }
    }
}
