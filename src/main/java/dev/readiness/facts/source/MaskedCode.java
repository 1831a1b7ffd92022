package dev.readiness.facts.source;

import dev.readiness.facts.SourceFile;

/** A file's masked source, lexed on first use and then shared by every reader of that file. */
final class MaskedCode {
    private final SourceFile file;
    private MaskedSource masked;

    MaskedCode(SourceFile file) {
        this.file = file;
    }

    MaskedSource get() {
        if (masked == null) {
            masked = Lexer.mask(file);
        }
        return masked;
    }
}
