package dev.readiness.facts.source;

/** Steps over white space in code, forwards or backwards, as the readers that walk from a word do. */
final class Blanks {
    private Blanks() {
    }

    /** The first offset at or after {@code at} that is not white space, or the text's length. */
    static int skip(String code, int at) {
        while (at < code.length() && Character.isWhitespace(code.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The last offset at or before {@code at} that is not white space, or -1. */
    static int skipBack(String code, int at) {
        while (at >= 0 && Character.isWhitespace(code.charAt(at))) {
            at--;
        }
        return at;
    }
}
