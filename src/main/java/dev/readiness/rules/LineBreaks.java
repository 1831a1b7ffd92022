package dev.readiness.rules;

/**
 * Whether a regex asks for line breaks: names one ({@code \n} or {@code \r}, alone or in a character class)
 * or turns on the {@code s} flag so that {@code .} crosses lines. Such a regex cannot do what it says when
 * patterns are matched one line at a time, so the rule loader asks for {@code multiline: true} instead of
 * letting it silently match less. A negated class ({@code [^\n]}) excludes line breaks and is fine in either
 * mode. A {@code ]} right after {@code [} or {@code [^} is a
 * literal, as in RE2.
 */
final class LineBreaks {
    private LineBreaks() {
    }

    static boolean named(String regex) {
        boolean inClass = false;
        boolean negatedClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char escaped = regex.charAt(++i);
                if ((escaped == 'n' || escaped == 'r') && !negatedClass) {
                    return true;
                }
            } else if (c == '(' && !inClass && regex.startsWith("?", i + 1) && dotAllFlag(regex, i + 2)) {
                return true;
            } else if (c == '[' && !inClass) {
                inClass = true;
                negatedClass = i + 1 < regex.length() && regex.charAt(i + 1) == '^';
                if (negatedClass) {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    i++;
                }
            } else if (c == ']' && inClass) {
                inClass = false;
                negatedClass = false;
            }
        }
        return false;
    }

    /** Flags such as {@code (?is)} or {@code (?s:...)}: an {@code s} before any {@code -}, {@code :} or {@code )}. */
    private static boolean dotAllFlag(String regex, int from) {
        for (int i = from; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == 's') {
                return true;
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }
}
