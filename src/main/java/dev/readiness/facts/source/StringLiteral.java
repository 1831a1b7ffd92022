package dev.readiness.facts.source;

/**
 * A string literal as written in source.
 *
 * @param start    offset of the opening quote
 * @param end      offset just past the closing quote
 * @param value    the text between the quotes with escape sequences left as written: the names and module
 *                 paths looked up here never contain any
 * @param constant false when the literal interpolates code ({@code `${x}`}, {@code f"{x}"}, {@code "#{x}"}),
 *                 so its value is not known before run time
 */
record StringLiteral(int start, int end, String value, boolean constant) {
}
