package dev.readiness.facts.source;

import java.util.Locale;
import java.util.Set;

/**
 * Cheap looks at masked Java code, to decide whether parsing it could find anything. They walk from each
 * occurrence of a fixed string, since a regex tried at every offset of every file would cost more than it saves.
 */
final class JavaMarkers {
    private JavaMarkers() {
    }

    /** An annotation with one of these simple names, qualified or not ({@code @Value}, {@code @jakarta.persistence.Entity}). */
    static boolean hasAnnotation(String code, Set<String> simpleNames) {
        for (int at = code.indexOf('@'); at >= 0; at = code.indexOf('@', at + 1)) {
            int end = at + 1;
            int nameStart = end;
            while (true) {
                end = skipBlanks(code, end);
                nameStart = end;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                int afterName = skipBlanks(code, end);
                if (end == nameStart || afterName >= code.length() || code.charAt(afterName) != '.') {
                    break;
                }
                end = afterName + 1;
            }
            if (simpleNames.contains(code.substring(nameStart, end))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A call of {@code method} on a receiver named like one of {@code receivers} (ignoring case, as a name's
     * ending: {@code springEnv} ends in {@code env}) or on the result of a call ({@code getEnvironment().x(}).
     */
    static boolean callsOn(String code, String method, Set<String> receivers) {
        for (int at = code.indexOf(method); at >= 0; at = code.indexOf(method, at + 1)) {
            int end = at + method.length();
            if (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                continue;
            }
            int dot = skipBlanksBack(code, at - 1);
            if (dot < 0 || code.charAt(dot) != '.') {
                continue;
            }
            int last = skipBlanksBack(code, dot - 1);
            if (last >= 0 && code.charAt(last) == ')') {
                return true;
            }
            int start = last;
            while (start >= 0 && Character.isJavaIdentifierPart(code.charAt(start))) {
                start--;
            }
            String receiver = code.substring(start + 1, last + 1).toLowerCase(Locale.ROOT);
            if (receivers.stream().anyMatch(receiver::endsWith)) {
                return true;
            }
        }
        return false;
    }

    private static int skipBlanks(String code, int at) {
        while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    private static int skipBlanksBack(String code, int at) {
        while (at >= 0 && Character.isWhitespace(code.charAt(at))) {
            at--;
        }
        return at;
    }
}
