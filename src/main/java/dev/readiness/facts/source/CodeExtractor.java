package dev.readiness.facts.source;

import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;

/** An extractor that reads a file's masked code, which {@link SourceCodeExtractor} lexes once for all of them. */
interface CodeExtractor extends FactExtractor {

    void extract(SourceFile file, MaskedCode code, FileFacts facts);

    @Override
    default void extract(SourceFile file, FileFacts facts) {
        extract(file, new MaskedCode(file), facts);
    }
}
