package dev.readiness.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The glob for one path segment (no {@code /}): literals, {@code *}, {@code ?}, {@code [..]} classes and
 * {@code \} escapes. Compiled once into tokens and matched without allocating.
 */
final class SegmentPattern {

    private sealed interface Token permits Star, SingleChar {
    }

    /** Any run of characters, the empty one included. */
    private record Star() implements Token {
    }

    private sealed interface SingleChar extends Token permits Literal, AnyChar, CharClass {
        boolean accepts(char c);
    }

    private record Literal(char expected) implements SingleChar {
        @Override
        public boolean accepts(char c) {
            return c == expected;
        }
    }

    private record AnyChar() implements SingleChar {
        @Override
        public boolean accepts(char c) {
            return true;
        }
    }

    /** {@code ranges} holds inclusive (low, high) pairs. */
    private record CharClass(boolean negated, char[] ranges) implements SingleChar {
        @Override
        public boolean accepts(char c) {
            for (int i = 0; i < ranges.length; i += 2) {
                if (c >= ranges[i] && c <= ranges[i + 1]) {
                    return !negated;
                }
            }
            return negated;
        }
    }

    private final Token[] tokens;
    /** The whole segment when it has no wildcard, so that matching is a plain comparison; else null. */
    private final String literal;

    private SegmentPattern(List<Token> tokens) {
        this.tokens = tokens.toArray(Token[]::new);
        this.literal = literalOf(this.tokens);
    }

    static SegmentPattern compile(String glob) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*') {
                // Runs of stars inside a segment mean the same as one.
                if (tokens.isEmpty() || !(tokens.get(tokens.size() - 1) instanceof Star)) {
                    tokens.add(new Star());
                }
                i++;
            } else if (c == '?') {
                tokens.add(new AnyChar());
                i++;
            } else if (c == '\\' && i + 1 < glob.length()) {
                tokens.add(new Literal(glob.charAt(i + 1)));
                i += 2;
            } else if (c == '[') {
                int end = classEnd(glob, i);
                if (end < 0) {
                    // An unclosed bracket is taken literally rather than making the whole glob match nothing.
                    tokens.add(new Literal('['));
                    i++;
                } else {
                    tokens.add(parseClass(glob, i, end));
                    i = end + 1;
                }
            } else {
                tokens.add(new Literal(c));
                i++;
            }
        }
        return new SegmentPattern(tokens);
    }

    /** Whether {@code text[start, end)} matches this pattern as a whole. */
    boolean matches(String text, int start, int end) {
        if (literal != null) {
            return end - start == literal.length() && text.startsWith(literal, start);
        }
        int t = start;
        int p = 0;
        int starToken = -1;
        int starText = -1;
        while (t < end) {
            if (p < tokens.length && tokens[p] instanceof Star) {
                starToken = p++;
                starText = t;
            } else if (p < tokens.length && ((SingleChar) tokens[p]).accepts(text.charAt(t))) {
                p++;
                t++;
            } else if (starToken >= 0) {
                // Every other token takes exactly one character, so growing the last star by one is the only
                // backtracking needed.
                p = starToken + 1;
                t = ++starText;
            } else {
                return false;
            }
        }
        while (p < tokens.length && tokens[p] instanceof Star) {
            p++;
        }
        return p == tokens.length;
    }

    /** The longest run of literal characters, which any segment this pattern matches contains; may be empty. */
    String longestLiteral() {
        String longest = "";
        StringBuilder run = new StringBuilder();
        for (Token token : tokens) {
            if (token instanceof Literal literal) {
                run.append(literal.expected());
            } else {
                run.setLength(0);
            }
            if (run.length() > longest.length()) {
                longest = run.toString();
            }
        }
        return longest;
    }

    private static String literalOf(Token[] tokens) {
        StringBuilder text = new StringBuilder(tokens.length);
        for (Token token : tokens) {
            if (!(token instanceof Literal literal)) {
                return null;
            }
            text.append(literal.expected());
        }
        return text.toString();
    }

    /** Index of the {@code ]} closing the class opened at {@code open}, or -1 when it is never closed. */
    private static int classEnd(String glob, int open) {
        int i = open + 1;
        if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
            i++;
        }
        // A ']' right after the opening (or the negation) is a member, not the end.
        if (i < glob.length() && glob.charAt(i) == ']') {
            i++;
        }
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == ']') {
                return i;
            }
            i += c == '\\' ? 2 : 1;
        }
        return -1;
    }

    private static CharClass parseClass(String glob, int open, int close) {
        int i = open + 1;
        boolean negated = glob.charAt(i) == '!' || glob.charAt(i) == '^';
        if (negated) {
            i++;
        }
        StringBuilder ranges = new StringBuilder();
        while (i < close) {
            char low = glob.charAt(i);
            if (low == '\\') {
                low = glob.charAt(++i);
            }
            i++;
            char high = low;
            if (i + 1 < close && glob.charAt(i) == '-') {
                high = glob.charAt(i + 1);
                i += 2;
                if (high == '\\' && i < close) {
                    high = glob.charAt(i++);
                }
            }
            ranges.append(low).append(high);
        }
        return new CharClass(negated, ranges.toString().toCharArray());
    }
}
