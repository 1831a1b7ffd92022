package dev.readiness.facts.source;

import dev.readiness.facts.SourceFile;

/** A file's masked source, lexed on first use and then shared by every reader of that file. */
final class MaskedCode {
    private final SourceFile file;
    private MaskedSource masked;

    MaskedCode(SourceFile file) {
        this.file = file;
    }

    /**
     * The masked source of the text before {@code end} only, for a reader that needs no more than a file's head;
     * the whole file's when it was masked already. Not kept: a later {@link #get} masks the whole file.
     */
    MaskedSource head(int end) {
        String text = file.text();
        if (masked != null || end >= text.length()) {
            return get();
        }
        return Lexer.mask(text.substring(0, end), Syntax.of(file.entry().language()).orElseThrow());
    }

    MaskedSource get() {
        if (masked == null) {
            masked = Lexer.mask(file);
        }
        return masked;
    }
}
