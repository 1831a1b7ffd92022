package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;

/** Runs the extractor over an in-memory manifest, as the scan would hand it over. */
final class ManifestFixture {

    private ManifestFixture() {
    }

    static FileEntry entry(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        return new FileEntry(path, Path.of(path), path.length(), Language.fromFileName(fileName), FileRole.MANIFEST);
    }

    static FileFacts extract(String path, String text) {
        FileFacts facts = new FileFacts(path);
        new ManifestExtractor().extract(new SourceFile(entry(path), text), facts);
        return facts;
    }

    /** The one warning the facts carry; fails when there is not exactly one. */
    static String onlyWarning(FileFacts facts) {
        assertEquals(1, facts.warnings().size(), () -> "warnings: " + facts.warnings());
        return facts.warnings().get(0);
    }
}
