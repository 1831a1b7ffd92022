package dev.readiness.facts.source;

/** Where a line-comment marker must stand to open a comment rather than be part of a value. */
enum CommentPlacement {
    /** Anywhere in code: {@code #} in Python, {@code //} in JavaScript. */
    ANYWHERE,
    /** At the start of a line or after whitespace: YAML, where {@code url: http://h/#x} holds no comment. */
    AFTER_WHITESPACE,
    /** Only as the first non-blank character of a line: {@code .properties}. */
    LINE_START
}
