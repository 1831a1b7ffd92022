package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestExtractorTest {
    private final ManifestExtractor extractor = new ManifestExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"package.json", "web/package.json", "composer.json", "requirements.txt",
            "requirements-dev.txt", "ci/test-requirements.txt", "requirements/base.txt", "pyproject.toml",
            "Pipfile", "setup.py", "setup.cfg", "pom.xml", "build.gradle", "build.gradle.kts",
            "gradle/libs.versions.toml", "go.mod", "Gemfile", "Cargo.toml"})
    void acceptsEveryManifest(String path) {
        assertTrue(extractor.accepts(ManifestFixture.entry(path)), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"package-lock.json", "yarn.lock", "poetry.lock", "Pipfile.lock", "go.sum", "Gemfile.lock",
            "Cargo.lock", "composer.lock", "notes.txt", "docs/requirements.md", "settings.gradle", "tsconfig.json"})
    void rejectsLockFilesAndOtherFiles(String path) {
        assertFalse(extractor.accepts(ManifestFixture.entry(path)), path);
    }

    @Test
    void aBrokenManifestDoesNotAffectTheNextOne() {
        FileFacts broken = new FileFacts("a/package.json");
        extractor.extract(new SourceFile(ManifestFixture.entry("a/package.json"), "{\"dependencies\": {"), broken);
        FileFacts good = new FileFacts("b/package.json");
        String goodText = "{\"dependencies\": {\"ws\": \"8\"}}";
        extractor.extract(new SourceFile(ManifestFixture.entry("b/package.json"), goodText), good);

        assertEquals(1, broken.warnings().size());
        assertEquals(List.of(new Dependency("npm", "ws", "8", "b/package.json", 1, false)), good.dependencies());
        assertEquals(List.of(), good.warnings());
    }

    @Test
    void extractingAFileItDoesNotAcceptAddsNothing() {
        FileFacts facts = ManifestFixture.extract("README.md", "requests==2.31.0\n");

        assertEquals(List.of(), facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }
}
