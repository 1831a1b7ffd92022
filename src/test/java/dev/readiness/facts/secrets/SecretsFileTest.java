package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.YamlFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code secrets.yml} is knowledge, not a rule module: bundled when a rules folder lacks it, and checked strictly. */
class SecretsFileTest {
    private static final String MODULE = "module: docs\nrules: []\n";

    @TempDir
    Path rules;

    @Test
    void aRulesFolderWithoutSecretsUsesTheBundledDetectors() throws IOException, YamlFileException {
        Files.writeString(rules.resolve("docs.yml"), MODULE);
        SecretDetectors secrets = new RuleLoader(BuiltInChecks.all()).loadDirectory(rules).secrets();
        assertEquals(28, secrets.detectors().size());
        assertEquals("aws-access-key-id", secrets.detectors().get(0).id());
    }

    @Test
    void aBrokenDetectorNamesFileLineAndColumn() throws IOException {
        Files.writeString(rules.resolve("docs.yml"), MODULE);
        Files.writeString(rules.resolve("secrets.yml"), """
                placeholders: {words: [changeme]}
                contexts: {application-roles: [source]}
                detectors:
                  - id: broken
                    description: a detector without keywords
                    regex: 'x'
                    remediation: none
                """);
        YamlFileException error = assertThrows(YamlFileException.class,
                () -> new RuleLoader(BuiltInChecks.all()).loadDirectory(rules));
        assertEquals("secrets.yml:4:5: detector 'broken' needs at least one keyword, each non-empty ASCII",
                error.getMessage());
    }

    @Test
    void aDetectorKnowsTheLetterFreeLiteralsItsRegexNeedsBeyondItsKeywords() throws YamlFileException {
        SecretDetectors secrets = new RuleLoader(BuiltInChecks.all()).loadBundled().secrets();
        SecretDetector databaseUrl = secrets.detectors().stream()
                .filter(d -> d.id().equals("database-url-password")).findFirst().orElseThrow();
        assertEquals(List.of(Set.of("://")), databaseUrl.windowLiterals());
        assertFalse(databaseUrl.mayMatchIn("    public class MySQLDialect extends Dialect {"));
        assertTrue(databaseUrl.mayMatchIn("url = mysql://app:S3cr3tPassw0rd@db.example.com/app"));
        SecretDetector github = secrets.detectors().stream()
                .filter(d -> d.id().equals("github-token")).findFirst().orElseThrow();
        assertEquals(List.of(), github.windowLiterals());
        assertTrue(github.mayMatchIn("anything"));
    }
}
