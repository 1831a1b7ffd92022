package dev.readiness.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The top-level alternatives of a regex, each written as a regex of its own: {@code (?i)(a|b\(|c)} gives
 * {@code (?i)a}, {@code (?i)b\(} and {@code (?i)c}. A text holds a match of the regex exactly when it holds a match
 * of one alternative, so they can be run apart: each on the lines holding its own literals, and each a narrower
 * automaton than the whole. Leading flags and one group wrapping everything are looked through; anything else
 * is split only at its own top level.
 */
final class RegexBranches {
    private final String regex;

    private RegexBranches(String regex) {
        this.regex = regex;
    }

    /** The alternatives, or the regex itself when it has none (or cannot be read; RE2J will say why). */
    static List<String> of(String regex) {
        try {
            return new RegexBranches(regex).split();
        } catch (RuntimeException unreadable) {
            return List.of(regex);
        }
    }

    private List<String> split() {
        String prefix = "";
        int start = 0;
        int end = regex.length();
        if (regex.startsWith("(?") && leadingFlagsEnd(0) > 0) {
            start = leadingFlagsEnd(0) + 1;
            prefix = regex.substring(0, start);
        }
        int body = wrapperBody(start);
        if (body > 0 && closingParen(start) == end - 1) {
            String opening = regex.substring(start, body);
            // (?m: … ) keeps its flags as a group of their own, after the leading ones: (?i)(?m)
            if (opening.length() > 3 && !opening.startsWith("(?P<") && !opening.startsWith("(?<")) {
                prefix += opening.substring(0, opening.length() - 1) + ")";
            }
            start = body;
            end = end - 1;
        }
        List<Integer> bars = new ArrayList<>();
        scan(start, end, bars);
        if (bars.isEmpty()) {
            return List.of(regex);
        }
        List<String> branches = new ArrayList<>();
        int from = start;
        for (int bar : bars) {
            branches.add(prefix + regex.substring(from, bar));
            from = bar + 1;
        }
        branches.add(prefix + regex.substring(from, end));
        return branches;
    }

    /**
     * Reads from {@code from} to {@code end}, past escapes, classes and nested groups, collecting the offsets of
     * the {@code |} at its own level into {@code bars}; stops at a {@code )} that closes a group opened before
     * {@code from}, and returns its offset, or -1 when none does.
     */
    private int scan(int from, int end, List<Integer> bars) {
        int depth = 0;
        for (int i = from; i < end; i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = RegexText.classEnd(regex, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth < 0) {
                return i;
            } else if (c == '|' && depth == 0) {
                bars.add(i);
            }
        }
        return -1;
    }

    /** The offset of the {@code )} closing flags such as {@code (?im)} at {@code at}, or -1 for any other group. */
    private int leadingFlagsEnd(int at) {
        int end = flagsEnd(at + 2);
        return end > at + 2 && end < regex.length() && regex.charAt(end) == ')' ? end : -1;
    }

    /** The offset of the first character from {@code from} on that is no flag letter or {@code -}. */
    private int flagsEnd(int from) {
        int i = from;
        while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /**
     * Where the inside of a group opened at {@code at} begins: after {@code (}, {@code (?:}, {@code (?i:} or
     * {@code (?P<name>}; -1 when no group opens there.
     */
    private int wrapperBody(int at) {
        if (at >= regex.length() || regex.charAt(at) != '(') {
            return -1;
        }
        if (!regex.startsWith("?", at + 1)) {
            return at + 1;
        }
        if (regex.startsWith("?P<", at + 1) || regex.startsWith("?<", at + 1)) {
            return regex.indexOf('>', at) + 1;
        }
        int end = flagsEnd(at + 2);
        return end < regex.length() && regex.charAt(end) == ':' ? end + 1 : -1;
    }

    /** The offset of the parenthesis closing the group opened at {@code at}. */
    private int closingParen(int at) {
        return scan(at + 1, regex.length(), new ArrayList<>());
    }
}
