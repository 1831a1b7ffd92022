package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradleVersionCatalogParserTest {

    @Test
    void readsLibrariesInEveryNotationResolvingVersionRefs() {
        FileFacts facts = ManifestFixture.extract("gradle/libs.versions.toml", """
                [versions]
                ktor = "2.3.10"
                okhttp = { strictly = "4.12.0" }

                [libraries]
                ktor-server-core = { module = "io.ktor:ktor-server-core", version.ref = "ktor" }
                okhttp = { group = "com.squareup.okhttp3", name = "okhttp", version.ref = "okhttp" }
                sentry = "io.sentry:sentry:7.8.0"
                logback = { module = "ch.qos.logback:logback-classic", version = { prefer = "1.5.6" } }
                kotlin-bom = { module = "org.jetbrains.kotlin:kotlin-bom" }

                [plugins]
                kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version = "1.9.23" }
                """);

        String path = "gradle/libs.versions.toml";
        assertEquals(List.of(
                new Dependency("maven", "io.ktor:ktor-server-core", "2.3.10", path, 6, false),
                new Dependency("maven", "com.squareup.okhttp3:okhttp", "4.12.0", path, 7, false),
                new Dependency("maven", "io.sentry:sentry", "7.8.0", path, 8, false),
                new Dependency("maven", "ch.qos.logback:logback-classic", "1.5.6", path, 9, false),
                new Dependency("maven", "org.jetbrains.kotlin:kotlin-bom", "", path, 10, false)),
                facts.dependencies());
    }

    @Test
    void brokenCatalogWarns() {
        String path = "gradle/libs.versions.toml";
        FileFacts facts = ManifestFixture.extract(path, """
                [libraries]
                sentry = "io.sentry:sentry:7.8.0"
                broken = { module = "x:y"
                """);

        assertEquals(List.of(new Dependency("maven", "io.sentry:sentry", "7.8.0", path, 2, false)),
                facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse libs.versions.toml: "), warning);
    }
}
