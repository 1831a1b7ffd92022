package dev.readiness.facts.source;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Cheap looks at masked Java code, to decide whether parsing it could find anything. They walk from each
 * occurrence of a fixed string, since a regex tried at every offset of every file would cost more than it saves.
 * Where a fact needs a constant string (a call's first argument, an annotation's member), the marker asks for it
 * too: a file that only names {@code getProperty} is not worth a syntax tree.
 */
final class JavaMarkers {
    private JavaMarkers() {
    }

    /** An annotation with one of these simple names, qualified or not ({@code @Value}, {@code @jakarta.persistence.Entity}). */
    static boolean hasAnnotation(String code, Set<String> simpleNames) {
        return annotationEnd(code, simpleNames, 0) >= 0;
    }

    /**
     * An annotation with one of these simple names whose parentheses hold a string literal accepted by
     * {@code member} ({@code @Value("${X}")}, {@code @Property(name = "X")}).
     */
    static boolean hasAnnotation(MaskedSource source, Set<String> simpleNames, Predicate<String> member) {
        String code = source.code();
        for (int end = annotationEnd(code, simpleNames, 0); end >= 0; end = annotationEnd(code, simpleNames, end)) {
            int open = skipBlanks(code, end);
            if (open < code.length() && code.charAt(open) == '(' && source.literalsWithin(open, closing(code, open))
                    .stream().anyMatch(literal -> literal.constant() && member.test(literal.value()))) {
                return true;
            }
        }
        return false;
    }

    /** Offset just past the name of the first such annotation at or after {@code from}; -1 when there is none. */
    private static int annotationEnd(String code, Set<String> simpleNames, int from) {
        for (int at = code.indexOf('@', from); at >= 0; at = code.indexOf('@', at + 1)) {
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
                return end;
            }
        }
        return -1;
    }

    /** The offset of the parenthesis closing the one at {@code open}, or the code's end; strings are masked. */
    static int closing(String code, int open) {
        int depth = 0;
        for (int at = open; at < code.length(); at++) {
            char c = code.charAt(at);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return at;
            }
        }
        return code.length();
    }

    /**
     * A call of {@code method} on a receiver named like one of {@code receivers} (ignoring case, as a name's
     * ending: {@code springEnv} ends in {@code env}) or on the result of a call ({@code getEnvironment().x(}),
     * whose first argument is a string literal that {@code argument} accepts.
     */
    static boolean callsOn(MaskedSource source, String method, Set<String> receivers, Predicate<String> argument) {
        String code = source.code();
        for (int end = callOn(code, method, receivers, 0); end >= 0; end = callOn(code, method, receivers, end)) {
            int open = skipBlanks(code, end);
            if (open < code.length() && code.charAt(open) == '(' && source.constantAt(skipBlanks(code, open + 1))
                    .filter(argument).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Offset just past the method name of the first such call at or after {@code from}; -1 when there is none. */
    private static int callOn(String code, String method, Set<String> receivers, int from) {
        for (int at = code.indexOf(method, from); at >= 0; at = code.indexOf(method, at + 1)) {
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
                return end;
            }
            int start = last;
            while (start >= 0 && Character.isJavaIdentifierPart(code.charAt(start))) {
                start--;
            }
            String receiver = code.substring(start + 1, last + 1).toLowerCase(Locale.ROOT);
            if (receivers.stream().anyMatch(receiver::endsWith)) {
                return end;
            }
        }
        return -1;
    }

    static int skipBlanks(String code, int at) {
        while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    static int skipBlanksBack(String code, int at) {
        while (at >= 0 && Character.isWhitespace(code.charAt(at))) {
            at--;
        }
        return at;
    }
}
