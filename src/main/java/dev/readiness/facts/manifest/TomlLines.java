package dev.readiness.facts.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a key or an array item stands in TOML text. jackson-dataformat-toml builds a tree and reports
 * no token locations, so each declaration is found again in the text: inside the section of the table
 * header that best encloses it, then key by key, which covers {@code [a.b]} tables, dotted keys and inline
 * tables alike.
 */
final class TomlLines {
    private static final Pattern HEADER = Pattern.compile("\\s*\\[\\[?([^\\[\\]]+)]]?\\s*(#.*)?");
    private static final Pattern DOTTED_KEY_PART = Pattern.compile("\\s*(\"[^\"]*\"|'[^']*'|[^.\"']+)\\s*(\\.|$)");

    /** A table header, at its 0-based line index. */
    private record Header(int index, List<String> path) {
    }

    private final List<String> lines;
    private final List<Header> headers = new ArrayList<>();

    TomlLines(String text) {
        lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            Matcher header = HEADER.matcher(lines.get(index));
            if (header.matches()) {
                headers.add(new Header(index, keyParts(header.group(1))));
            }
        }
    }

    /**
     * The 1-based line that declares the key at {@code keyPath} ({@code [tool, poetry, dependencies, requests]}),
     * or, when it cannot be found, the line of the nearest enclosing part that can.
     */
    int lineOf(List<String> keyPath) {
        Header section = new Header(-1, List.of());
        for (Header header : headers) {
            if (header.path().size() > section.path().size() && isPrefix(header.path(), keyPath)) {
                section = header;
            }
        }
        int end = sectionEnd(section.index());
        int found = section.index();
        for (String key : keyPath.subList(section.path().size(), keyPath.size())) {
            Pattern declaration = Pattern.compile("(^|[\\s{,.])(" + Pattern.quote(key) + "|\"" + Pattern.quote(key)
                    + "\"|'" + Pattern.quote(key) + "')\\s*[=.]");
            int from = found == section.index() ? found + 1 : found;
            int match = firstMatching(declaration, from, end);
            if (match < 0) {
                break;
            }
            found = match;
        }
        return Math.max(found + 1, 1);
    }

    /**
     * The 1-based line, at or after {@code fromLine} and within its section, of the quoted string {@code item};
     * {@code fromLine} itself when it cannot be found. Callers pass the previous item's line, so the items of
     * one array are found in the order they are written.
     */
    int lineOfString(String item, int fromLine) {
        int from = Math.max(fromLine - 1, 0);
        int end = sectionEnd(from);
        int special = firstQuoteOrBackslash(item);
        // An item with quotes or backslashes is written escaped, so only its plain leading part can be looked for.
        List<String> needles = special == item.length()
                ? List.of("\"" + item + "\"", "'" + item + "'")
                : List.of("\"" + item.substring(0, special), "'" + item.substring(0, special));
        for (int index = from; index < end; index++) {
            String line = lines.get(index);
            if (needles.stream().anyMatch(line::contains)) {
                return index + 1;
            }
        }
        return fromLine;
    }

    private static int firstQuoteOrBackslash(String item) {
        for (int index = 0; index < item.length(); index++) {
            if ("\"'\\".indexOf(item.charAt(index)) >= 0) {
                return index;
            }
        }
        return item.length();
    }

    /** The 1-based line of the header whose section holds {@code line}, or 0 when it is above every header. */
    int sectionStartOf(int line) {
        int start = 0;
        for (Header header : headers) {
            if (header.index() < line) {
                start = header.index() + 1;
            }
        }
        return start;
    }

    /** The text of the first {@code count} lines. */
    String firstLines(int count) {
        return String.join("\n", lines.subList(0, Math.min(count, lines.size())));
    }

    private int sectionEnd(int index) {
        for (Header header : headers) {
            if (header.index() > index) {
                return header.index();
            }
        }
        return lines.size();
    }

    private int firstMatching(Pattern pattern, int from, int end) {
        for (int index = Math.max(from, 0); index < end; index++) {
            if (pattern.matcher(lines.get(index)).find()) {
                return index;
            }
        }
        return -1;
    }

    private static boolean isPrefix(List<String> prefix, List<String> path) {
        return prefix.size() <= path.size() && path.subList(0, prefix.size()).equals(prefix);
    }

    /** {@code target.'cfg(unix)'.dependencies} → {@code [target, cfg(unix), dependencies]}. */
    private static List<String> keyParts(String dottedKey) {
        List<String> parts = new ArrayList<>();
        Matcher part = DOTTED_KEY_PART.matcher(dottedKey);
        while (part.lookingAt()) {
            String text = part.group(1).strip();
            boolean quoted = text.startsWith("\"") || text.startsWith("'");
            parts.add(quoted ? text.substring(1, text.length() - 1) : text);
            if (part.end() == dottedKey.length()) {
                break;
            }
            part.region(part.end(), dottedKey.length());
        }
        return parts;
    }
}
