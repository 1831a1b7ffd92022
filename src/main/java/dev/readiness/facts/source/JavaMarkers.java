package dev.readiness.facts.source;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Calls and annotations in masked Java code (comments and string insides blanked), found without a syntax tree.
 * They walk from each occurrence of a fixed string, since a regex tried at every offset of every file would cost
 * more than it saves; parentheses are balanced on the masked code, where no string or comment can hold one.
 */
final class JavaMarkers {
    private JavaMarkers() {
    }

    /**
     * What a call is made on.
     *
     * @param name       the dotted name before the call ({@code java.lang.System}, {@code this.environment}), or,
     *                   for a call on another call's result, that call's method ({@code getEnvironment})
     * @param callResult which of the two it is
     */
    record Receiver(String name, boolean callResult) {
        /** The last part of a dotted name: {@code environment} for {@code this.environment}. */
        String simpleName() {
            return name.substring(name.lastIndexOf('.') + 1);
        }
    }

    /**
     * Whether one of these names stands in the raw text as a whole word, not inside a longer identifier: a cheap
     * test before a file is masked. A call or annotation with such a name in the masked code passes it, since
     * masking blanks whole comments and the insides of literals, and what ends either in the raw text (a slash, a
     * quote, a line break) never continues an identifier.
     */
    static boolean hasWord(String text, Set<String> names) {
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at == 0 || !Character.isJavaIdentifierPart(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isJavaIdentifierPart(text.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An annotation with one of these simple names, qualified or not ({@code @Value}, {@code @jakarta.persistence.Entity}). */
    static boolean hasAnnotation(String code, Set<String> simpleNames) {
        return annotationEnd(code, simpleNames, 0) >= 0;
    }

    /**
     * Each annotation with one of these simple names that has parentheses, with its simple name and the offsets
     * of its opening and closing parenthesis.
     */
    static void forEachAnnotation(String code, Set<String> simpleNames, AnnotationVisitor visitor) {
        for (int end = annotationEnd(code, simpleNames, 0); end >= 0; end = annotationEnd(code, simpleNames, end)) {
            int open = Blanks.skip(code, end);
            if (open < code.length() && code.charAt(open) == '(') {
                visitor.visit(simpleNameBefore(code, end), open, closing(code, open));
            }
        }
    }

    @FunctionalInterface
    interface AnnotationVisitor {
        void visit(String simpleName, int open, int close);
    }

    /**
     * The string literal given to an annotation's member between {@code open} and {@code close}: written
     * {@code @A("v")} for {@code value}, or {@code @A(key = "v")} for any key.
     */
    static Optional<StringLiteral> member(MaskedSource source, int open, int close, String key) {
        String code = source.code();
        int first = Blanks.skip(code, open + 1);
        if (key.equals("value") && first < close && source.literalAt(first).isPresent()) {
            return source.literalAt(first);
        }
        for (int at = code.indexOf(key, open + 1); at >= 0 && at < close; at = code.indexOf(key, at + 1)) {
            int end = at + key.length();
            if (end >= close || Character.isJavaIdentifierPart(code.charAt(at - 1))
                    || Character.isJavaIdentifierPart(code.charAt(end))) {
                continue;
            }
            int equals = Blanks.skip(code, end);
            if (equals + 1 < close && code.charAt(equals) == '=' && code.charAt(equals + 1) != '=') {
                return source.literalAt(Blanks.skip(code, equals + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Each call of {@code method} on something ({@code x.method(}, not a bare {@code method(}) whose first argument
     * is a string literal, with what it is called on.
     */
    static void forEachCall(MaskedSource source, String method, BiConsumer<Receiver, StringLiteral> visitor) {
        String code = source.code();
        for (int at = code.indexOf(method); at >= 0; at = code.indexOf(method, at + 1)) {
            int end = at + method.length();
            if ((at > 0 && Character.isJavaIdentifierPart(code.charAt(at - 1)))
                    || (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end)))) {
                continue;
            }
            int open = Blanks.skip(code, end);
            int dot = Blanks.skipBack(code, at - 1);
            if (open >= code.length() || code.charAt(open) != '(' || dot < 0 || code.charAt(dot) != '.') {
                continue;
            }
            Optional<StringLiteral> argument = source.literalAt(Blanks.skip(code, open + 1));
            Optional<Receiver> receiver = receiverBefore(code, dot);
            if (argument.isPresent() && receiver.isPresent()) {
                visitor.accept(receiver.get(), argument.get());
            }
        }
    }

    /** What stands before the dot at {@code dot}: a dotted name, or a call whose parentheses are balanced. */
    private static Optional<Receiver> receiverBefore(String code, int dot) {
        int last = Blanks.skipBack(code, dot - 1);
        if (last >= 0 && code.charAt(last) == ')') {
            int open = opening(code, last);
            if (open < 0) {
                return Optional.empty();
            }
            int nameEnd = Blanks.skipBack(code, open - 1);
            int nameStart = identifierStart(code, nameEnd);
            return nameStart > nameEnd ? Optional.empty()
                    : Optional.of(new Receiver(code.substring(nameStart, nameEnd + 1), true));
        }
        StringBuilder name = new StringBuilder();
        int end = last;
        while (true) {
            int start = identifierStart(code, end);
            if (start > end) {
                break;
            }
            name.insert(0, code, start, end + 1);
            int before = Blanks.skipBack(code, start - 1);
            if (before < 0 || code.charAt(before) != '.') {
                break;
            }
            name.insert(0, '.');
            end = Blanks.skipBack(code, before - 1);
        }
        return name.length() == 0 || name.charAt(0) == '.' ? Optional.empty()
                : Optional.of(new Receiver(name.toString(), false));
    }

    private static int identifierStart(String code, int end) {
        int start = end;
        while (start >= 0 && Character.isJavaIdentifierPart(code.charAt(start))) {
            start--;
        }
        return start + 1;
    }

    /** Offset just past the name of the first such annotation at or after {@code from}; -1 when there is none. */
    private static int annotationEnd(String code, Set<String> simpleNames, int from) {
        for (int at = code.indexOf('@', from); at >= 0; at = code.indexOf('@', at + 1)) {
            int end = at + 1;
            int nameStart = end;
            while (true) {
                end = Blanks.skip(code, end);
                nameStart = end;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                int afterName = Blanks.skip(code, end);
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

    private static String simpleNameBefore(String code, int end) {
        return code.substring(identifierStart(code, end - 1), end);
    }

    /** The offset of the parenthesis closing the one at {@code open}, or the code's end. */
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

    /** The offset of the parenthesis opening the one at {@code close}, or -1. */
    private static int opening(String code, int close) {
        int depth = 0;
        for (int at = close; at >= 0; at--) {
            char c = code.charAt(at);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return at;
            }
        }
        return -1;
    }
}
