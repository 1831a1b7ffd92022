package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;

/** Reads the dependency declarations of one manifest format. Implementations are stateless. */
interface ManifestParser {

    /** Adds every declared dependency to {@code facts}; warns instead of throwing on bad input. */
    void parse(SourceFile file, FileFacts facts);
}
