package dev.readiness.facts;

/**
 * A Markdown heading, ATX ({@code ## Deploy}) or setext (underlined), as the reader sees it.
 *
 * @param text  the heading's text, without its markers
 * @param level 1 to 6
 */
public record Heading(String text, int level, String path, int line) {
}
