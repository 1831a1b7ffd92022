package dev.readiness.facts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cargo's {@code Cargo.toml}: the dependency tables, also per target platform and for the workspace, in
 * both the inline form and the {@code [dependencies.name]} table form.
 */
final class CargoTomlParser implements ManifestParser {
    private static final List<String> DEPENDENCY_TABLES =
            List.of("dependencies", "dev-dependencies", "build-dependencies");
    /** A renamed dependency ({@code alias = { package = "real-name" }}) is the crate named by {@code package}. */
    private static final TomlDependencyTable.Naming CRATE = (key, declaration) -> Optional.of(
            declaration.path("package").isTextual() ? declaration.path("package").asText() : key);

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        TomlDocument.read(file, facts).ifPresent(document -> {
            addTables(document, List.of(), facts);
            for (Map.Entry<String, JsonNode> target : document.root().path("target").properties()) {
                addTables(document, List.of("target", target.getKey()), facts);
            }
            TomlDependencyTable.addAll(document, List.of("workspace", "dependencies"), "cargo", false, CRATE, facts);
        });
    }

    private static void addTables(TomlDocument document, List<String> parent, FileFacts facts) {
        for (String table : DEPENDENCY_TABLES) {
            TomlDependencyTable.addAll(document, TomlDocument.path(parent, table), "cargo",
                    table.equals("dev-dependencies"), CRATE, facts);
        }
    }
}
