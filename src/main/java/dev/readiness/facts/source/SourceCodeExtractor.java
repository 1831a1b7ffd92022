package dev.readiness.facts.source;

import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;

import java.util.List;

/**
 * Imports, environment reads, tables and Java's facts, taken from one lexing of each file: a JavaScript or Python
 * file is read by three of them, and masking it is most of what each costs. One that fails warns, and the others
 * still run.
 */
public final class SourceCodeExtractor implements FactExtractor {
    private final List<CodeExtractor> parts = List.of(new ImportExtractor(), new EnvReferenceExtractor(),
            new TableExtractor(), new JavaSourceExtractor());

    @Override
    public boolean accepts(FileEntry entry) {
        for (CodeExtractor part : parts) {
            if (part.accepts(entry)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        MaskedCode code = new MaskedCode(file);
        for (CodeExtractor part : parts) {
            if (!part.accepts(file.entry())) {
                continue;
            }
            try {
                part.extract(file, code, facts);
            } catch (RuntimeException | StackOverflowError e) {
                facts.warn(FactExtractor.failure(part, e));
            }
        }
    }
}
