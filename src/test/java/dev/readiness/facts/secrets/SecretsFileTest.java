package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.YamlFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
