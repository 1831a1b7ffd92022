package dev.readiness.facts.source;

/**
 * A string literal as written in source. Its value is cut from the text only when asked for: most literals are
 * looked at (does a statement word start it?) and dropped.
 *
 * @param text       the whole text the literal stands in
 * @param start      offset of the opening quote
 * @param end        offset just past the closing quote
 * @param valueStart offset of the first character between the quotes
 * @param valueEnd   offset of the closing quote
 * @param constant   false when the literal interpolates code ({@code `${x}`}, {@code f"{x}"}, {@code "#{x}"}),
 *                   so its value is not known before run time
 */
record StringLiteral(String text, int start, int end, int valueStart, int valueEnd, boolean constant) {

    /**
     * The text between the quotes with escape sequences left as written: the names and module paths looked up
     * here never contain any.
     */
    String value() {
        return text.substring(valueStart, valueEnd);
    }

    @Override
    public String toString() {
        return "StringLiteral[" + start + ", " + end + ": " + value() + (constant ? "" : ", interpolated") + "]";
    }
}
