package dev.readiness.facts.source;

/**
 * One kind of string literal of a language.
 *
 * @param delimiter     opens and closes the literal: {@code "}, {@code '''}, a backtick
 * @param multiline     whether the literal may run past the end of its line; one that may not and is left open
 *                      ends with its line, which keeps a stray quote (an apostrophe in JSX text) from swallowing
 *                      the rest of the file
 * @param escapes       whether a backslash takes the next character out of play
 * @param interpolation what opens embedded code that runs until the matching {@code }}, or {@code ""}
 */
record Quote(String delimiter, boolean multiline, boolean escapes, String interpolation) {

    static Quote plain(String delimiter) {
        return new Quote(delimiter, false, true, "");
    }
}
