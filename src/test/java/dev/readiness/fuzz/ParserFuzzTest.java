package dev.readiness.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.facts.manifest.ManifestExtractor;
import dev.readiness.facts.source.EnvFileExtractor;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Jazzer targets for the parsers of untrusted files. Under {@code mvn verify} they replay their seeds in
 * {@code src/test/resources/dev/readiness/fuzz/ParserFuzzTestInputs}; {@code bench/fuzz.sh} fuzzes them
 * ({@code JAZZER_FUZZ=1}).
 *
 * <p>{@link ManifestExtractor} turns any parser exception into a warning, so a crash shows as that warning: the
 * exception's class name where a parser's own wording should be.
 */
class ParserFuzzTest {
    private static final List<String> MANIFESTS = List.of("package.json", "composer.json", "pyproject.toml",
            "Pipfile", "setup.py", "setup.cfg", "pom.xml", "build.gradle", "build.gradle.kts", "go.mod", "Gemfile",
            "Cargo.toml", "requirements.txt", "libs.versions.toml");
    private static final Pattern UNFORESEEN_EXCEPTION =
            Pattern.compile("could not parse \\S+: ([a-z][a-z0-9]*\\.)+[A-Z]\\w*(Exception|Error)\\b");

    @FuzzTest(maxDuration = "60s")
    void manifestParsersNeverFailUnforeseen(FuzzedDataProvider data) {
        String fileName = data.pickValue(MANIFESTS);
        String text = data.consumeRemainingAsString();
        FileFacts facts = new FileFacts(fileName);

        new ManifestExtractor().extract(source(fileName, Language.OTHER, FileRole.MANIFEST, text), facts);

        for (String warning : facts.warnings()) {
            assertFalse(UNFORESEEN_EXCEPTION.matcher(warning).find(), warning);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void envFileParserNeverThrows(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        new EnvFileExtractor().extract(source(".env", Language.DOTENV, FileRole.ENV, text), new FileFacts(".env"));
    }

    private static SourceFile source(String path, Language language, FileRole role, String text) {
        return new SourceFile(new FileEntry(path, Path.of(path), text.length(), language, role), text);
    }
}
