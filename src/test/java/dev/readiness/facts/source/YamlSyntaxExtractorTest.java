package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlSyntaxExtractorTest {
    private final YamlSyntaxExtractor extractor = new YamlSyntaxExtractor();

    @Test
    void aTruncatedFileIsAWarningWithItsPlace() {
        FileFacts facts = extract(".github/workflows/ci.yml", "jobs:\n  build:\n    steps: [\n      - run: mvn\n");

        assertEquals(1, facts.warnings().size());
        assertEquals(true, facts.warnings().get(0).startsWith("could not parse YAML: "), facts.warnings().get(0));
        assertEquals(true, facts.warnings().get(0).contains("(line "), facts.warnings().get(0));
    }

    @Test
    void validMultiDocumentYamlIsQuiet() {
        FileFacts facts = extract("k8s/app.yaml", "apiVersion: v1\nkind: Service\n---\napiVersion: apps/v1\nkind: Deployment\n");

        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void templatesAreNotYamlUntilRendered() {
        assertFalse(extractor.accepts(entry("charts/app/templates/deployment.yaml")));
        assertEquals(List.of(), extract("deploy/values.yaml", "image: {{ .Values.image }}\n  bad: [").warnings());
    }

    private FileFacts extract(String path, String text) {
        FileFacts facts = new FileFacts(path);
        extractor.extract(new SourceFile(entry(path), text), facts);
        return facts;
    }

    private static FileEntry entry(String path) {
        return new FileEntry(path, Path.of(path), 10, Language.YAML, FileRole.CONFIG);
    }
}
