package dev.readiness.facts.secrets;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.YamlFileException;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;

/** The detectors of the bundled {@code rules/secrets.yml}, and file entries to scan with them. */
final class BundledDetectors {

    private BundledDetectors() {
    }

    static SecretDetectors load() {
        try {
            return new RuleLoader(BuiltInChecks.all()).loadBundled().secrets();
        } catch (YamlFileException e) {
            throw new AssertionError("bundled rules do not load: " + e.getMessage(), e);
        }
    }

    static FileEntry entry(String path, FileRole role) {
        Language language = Language.fromFileName(path.substring(path.lastIndexOf('/') + 1));
        return new FileEntry(path, Path.of(path), 100, language, role);
    }
}
