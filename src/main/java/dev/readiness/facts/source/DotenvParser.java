package dev.readiness.facts.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dotenv text as the common dotenv libraries do: {@code [export] KEY = value}, unquoted values ending at a
 * {@code #} that follows whitespace, {@code '…'} and backtick values taken literally, {@code "…"} values with
 * {@code \n}, {@code \"} and {@code \\} escapes, quoted values running over several lines. What follows a closing
 * quote on its line is ignored. A line that cannot be read is reported and skipped; the rest is still read.
 */
final class DotenvParser {
    private static final String NOT_AN_ASSIGNMENT = "is not a KEY=value assignment";
    private static final String UNCLOSED_QUOTE = "opens a quoted value that is never closed";
    /** Dots and dashes are allowed in keys by the dotenv libraries, if not by shells. */
    private static final Pattern KEY = Pattern.compile("[ \\t]*(?:export[ \\t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \\t]*=");
    private static final Pattern INLINE_COMMENT = Pattern.compile("[ \\t]+#.*");
    private static final String QUOTES = "'\"`";

    private final String text;
    private final LineIndex lines;
    private final List<DotenvLine> parsed = new ArrayList<>();
    private int pos;

    private DotenvParser(String text) {
        this.text = text;
        this.lines = LineIndex.of(text);
    }

    static List<DotenvLine> parse(String text) {
        String normalized = text.replace("\r\n", "\n");
        DotenvParser parser = new DotenvParser(normalized.startsWith("\uFEFF") ? normalized.substring(1) : normalized);
        while (parser.pos < parser.text.length()) {
            parser.statement();
        }
        return List.copyOf(parser.parsed);
    }

    private void statement() {
        int lineEnd = lines.lineEnd(pos);
        int line = lines.lineAt(pos);
        String content = text.substring(pos, lineEnd).strip();
        Matcher key = KEY.matcher(text).region(pos, lineEnd);
        if (content.isEmpty() || content.startsWith("#")) {
            pos = lineEnd + 1;
        } else if (!key.lookingAt()) {
            parsed.add(new DotenvLine.Malformed(line, NOT_AN_ASSIGNMENT));
            pos = lineEnd + 1;
        } else {
            value(key.group(1), key.end(), lineEnd, line);
        }
    }

    private void value(String name, int start, int lineEnd, int line) {
        int valueStart = start;
        while (valueStart < lineEnd && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '\t')) {
            valueStart++;
        }
        char quote = valueStart < lineEnd ? text.charAt(valueStart) : '\0';
        if (QUOTES.indexOf(quote) < 0) {
            String value = INLINE_COMMENT.matcher(text.substring(start, lineEnd)).replaceFirst("").strip();
            parsed.add(new DotenvLine.Assignment(name, value, line));
            pos = lineEnd + 1;
            return;
        }
        int close = closingQuote(valueStart + 1, quote);
        if (close < 0) {
            parsed.add(new DotenvLine.Malformed(line, UNCLOSED_QUOTE));
            pos = lineEnd + 1;
            return;
        }
        String raw = text.substring(valueStart + 1, close);
        parsed.add(new DotenvLine.Assignment(name, quote == '"' ? unescape(raw) : raw, line));
        pos = lines.lineEnd(close) + 1;
    }

    private int closingQuote(int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String raw) {
        StringBuilder value = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                value.append(c);
                continue;
            }
            char escaped = raw.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case '"', '\\' -> value.append(escaped);
                default -> value.append('\\').append(escaped);
            }
        }
        return value.toString();
    }
}
