package dev.readiness.facts.manifest;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals inside one Python list or dict literal, for setup.py. Java has no Python parser and
 * running setup.py is out of the question, so this walks the literal's tokens (strings, comments, brackets)
 * and evaluates nothing: requirements computed at run time are not seen.
 */
final class PythonLiteralScanner {

    /**
     * @param line  1-based line where the literal starts
     * @param depth bracket depth inside the scanned literal: 1 for its own items
     * @param isKey followed by {@code :}, so a dict key rather than a value
     */
    record StringLiteral(String value, int line, int depth, boolean isKey) {
    }

    private PythonLiteralScanner() {
    }

    /** The strings from the bracket at {@code open} to its matching bracket, or to the end of a broken text. */
    static List<StringLiteral> stringsIn(String text, int open) {
        List<StringLiteral> strings = new ArrayList<>();
        int line = 1 + (int) text.substring(0, open).chars().filter(c -> c == '\n').count();
        int depth = 0;
        int index = open;
        while (index < text.length()) {
            char c = text.charAt(index);
            if (c == '"' || c == '\'') {
                String tripleQuote = String.valueOf(c).repeat(3);
                String quote = text.startsWith(tripleQuote, index) ? tripleQuote : String.valueOf(c);
                StringBuilder value = new StringBuilder();
                int startLine = line;
                index += quote.length();
                while (index < text.length() && !text.startsWith(quote, index)
                        && (quote.length() == 3 || text.charAt(index) != '\n')) {
                    char inside = text.charAt(index);
                    if (inside == '\\' && index + 1 < text.length()) {
                        index++;
                        inside = text.charAt(index);
                    }
                    line += inside == '\n' ? 1 : 0;
                    value.append(inside);
                    index++;
                }
                if (text.startsWith(quote, index)) {
                    index += quote.length();
                }
                strings.add(new StringLiteral(value.toString(), startLine, depth, nextNonBlankIs(text, index, ':')));
                continue;
            }
            if (c == '#') {
                int newline = text.indexOf('\n', index);
                index = newline < 0 ? text.length() : newline;
                continue;
            }
            line += c == '\n' ? 1 : 0;
            index++;
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                depth--;
                if (depth == 0) {
                    break;
                }
            }
        }
        return strings;
    }

    private static boolean nextNonBlankIs(String text, int from, char expected) {
        for (int index = from; index < text.length(); index++) {
            if (!Character.isWhitespace(text.charAt(index))) {
                return text.charAt(index) == expected;
            }
        }
        return false;
    }
}
