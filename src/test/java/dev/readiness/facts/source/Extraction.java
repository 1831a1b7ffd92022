package dev.readiness.facts.source;

import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs one extractor over one in-memory file the way the scanner would, and lists what it found. */
final class Extraction {
    private static final Comparator<String> BY_LINE_THEN_NAME = Comparator
            .comparingInt((String found) -> Integer.parseInt(found.substring(found.lastIndexOf(':') + 1)))
            .thenComparing(Comparator.naturalOrder());

    private Extraction() {
    }

    static FileEntry entry(String path, long size) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileEntry(path, Path.of(path), size, Language.fromFileName(name), FileRole.SOURCE);
    }

    static SourceFile file(String path, String text) {
        return new SourceFile(entry(path, text.length()), text);
    }

    static FileFacts run(FactExtractor extractor, String path, String text) {
        SourceFile file = file(path, text);
        assertTrue(extractor.accepts(file.entry()), () -> "extractor should accept " + path);
        FileFacts facts = new FileFacts(path);
        extractor.extract(file, facts);
        return facts;
    }

    /** {@code module:line} per import, in line order. */
    static List<String> imports(FactExtractor extractor, String path, String text) {
        return run(extractor, path, text).imports().stream()
                .map(found -> found.module() + ":" + found.line()).sorted(BY_LINE_THEN_NAME).toList();
    }

    /** {@code NAME:line} per environment variable read, in line order. */
    static List<String> envReferences(FactExtractor extractor, String path, String text) {
        return run(extractor, path, text).envReferences().stream()
                .map(found -> found.name() + ":" + found.line()).sorted(BY_LINE_THEN_NAME).toList();
    }
}
