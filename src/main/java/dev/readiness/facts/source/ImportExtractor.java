package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;

/**
 * The modules Python, JavaScript, TypeScript and Go files import. Imports written inside comments or string
 * literals do not count; relative imports (the project's own files) are kept as written, for rules judged per file
 * to follow.
 */
public final class ImportExtractor implements CodeExtractor {

    @Override
    public boolean accepts(FileEntry entry) {
        return ImportReader.of(entry.language()).isPresent();
    }

    @Override
    public void extract(SourceFile file, MaskedCode code, FileFacts facts) {
        ImportReader.of(file.entry().language()).ifPresent(reader -> reader.read(code.get(), facts));
    }
}
