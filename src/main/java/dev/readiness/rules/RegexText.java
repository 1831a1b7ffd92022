package dev.readiness.rules;

/** Reading RE2 syntax by hand, for the analyses that look inside a rule's regex before RE2J runs it. */
final class RegexText {
    private RegexText() {
    }

    /**
     * The offset of the {@code ]} closing the character class opened at {@code at}. A {@code ]} first in the class
     * (after any {@code ^}) is a member, as are escaped characters and named classes such as {@code [:alpha:]}.
     */
    static int classEnd(String regex, int at) {
        int i = at + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (regex.charAt(i) != ']') {
            if (regex.charAt(i) == '\\') {
                i++;
            } else if (regex.startsWith("[:", i)) {
                i = regex.indexOf(":]", i) + 1;
            }
            i++;
        }
        return i;
    }
}
