package dev.readiness.facts;

import dev.readiness.facts.source.LineIndex;

/**
 * Recognises minified or generated text (bundles, one-line data), on which the rule patterns are not
 * run, as Semgrep does by default: they describe the product's own code, and a bundle both costs the
 * most to search and yields only matches inside vendored code.
 */
final class MinifiedText {
    /** No hand-written line is this long; a bundle's lines are. */
    static final int LONGEST_LINE = 5_000;

    private MinifiedText() {
    }

    /**
     * The longest line's length when the text looks minified, or 0 when it does not; read off the file's line
     * index, which its other readers need too, rather than from another pass over the text.
     */
    static int longLine(String fileName, LineIndex lines) {
        int longest = lines.longestLine();
        boolean named = fileName.endsWith(".min.js") || fileName.endsWith(".min.css") || fileName.endsWith(".min.mjs");
        return named || longest >= LONGEST_LINE ? longest : 0;
    }
}
