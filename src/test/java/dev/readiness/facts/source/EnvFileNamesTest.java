package dev.readiness.facts.source;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvFileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {".env.example", ".env.sample", ".env.template", ".env.dist", ".env.defaults",
            "example.env", "api.env.example", ".ENV.EXAMPLE", ".env.local.example"})
    void templates(String fileName) {
        assertTrue(EnvFileNames.isTemplate(fileName));
    }

    @ParameterizedTest
    @ValueSource(strings = {".env", ".env.local", ".env.production", "prod.env", ".env.examples", "example.txt",
            "env.example"})
    void realEnvFiles(String fileName) {
        assertFalse(EnvFileNames.isTemplate(fileName));
    }
}
