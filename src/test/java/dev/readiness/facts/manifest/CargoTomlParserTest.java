package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class CargoTomlParserTest {

    @Test
    void readsEveryTableFormInTableOrder() {
        FileFacts facts = ManifestFixture.extract("Cargo.toml", """
                [package]
                name = "api"
                version = "0.1.0"

                [dependencies]
                tokio-util = "0.7"
                tokio = { version = "1.37", features = ["full"] }
                serde.workspace = true
                rustls_pki = { package = "rustls-pki-types", version = "1" }
                local = { path = "../local" }

                [dependencies.axum]
                version = "0.7.5"
                features = ["macros"]

                [dev-dependencies]
                insta = "1.38"

                [build-dependencies]
                cc = "1.0"

                [target.'cfg(unix)'.dependencies]
                nix = "0.28"

                [workspace.dependencies]
                serde = { version = "1.0.200", features = ["derive"] }
                """);

        assertEquals(List.of(
                new Dependency("cargo", "tokio-util", "0.7", "Cargo.toml", 6, false),
                new Dependency("cargo", "tokio", "1.37", "Cargo.toml", 7, false),
                new Dependency("cargo", "serde", "", "Cargo.toml", 8, false),
                new Dependency("cargo", "rustls-pki-types", "1", "Cargo.toml", 9, false),
                new Dependency("cargo", "local", "", "Cargo.toml", 10, false),
                new Dependency("cargo", "axum", "0.7.5", "Cargo.toml", 12, false),
                new Dependency("cargo", "insta", "1.38", "Cargo.toml", 17, true),
                new Dependency("cargo", "cc", "1.0", "Cargo.toml", 20, false),
                new Dependency("cargo", "nix", "0.28", "Cargo.toml", 23, false),
                new Dependency("cargo", "serde", "1.0.200", "Cargo.toml", 26, false)),
                facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void halfWrittenFileWarnsWithoutThrowing() {
        FileFacts facts = ManifestFixture.extract("Cargo.toml", """
                [dependencies]
                anyhow = "1"

                [dev-dependencies]
                proptest = { version = "1.4"
                """);

        assertEquals(List.of(new Dependency("cargo", "anyhow", "1", "Cargo.toml", 2, false)), facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse Cargo.toml: "), warning);
    }
}
