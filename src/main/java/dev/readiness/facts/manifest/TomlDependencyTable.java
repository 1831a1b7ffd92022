package dev.readiness.facts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.facts.FileFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TOML table of {@code name = "constraint"} or {@code name = { version = "constraint", … }} entries, the
 * shape that Cargo, Poetry and Pipfile share.
 */
final class TomlDependencyTable {

    /** How a format turns an entry's key into a package name; empty to leave the entry out. */
    interface Naming {
        Optional<String> packageName(String key, JsonNode declaration);
    }

    private TomlDependencyTable() {
    }

    static void addAll(TomlDocument document, List<String> tablePath, String ecosystem, boolean dev, Naming naming,
                       FileFacts facts) {
        JsonNode table = document.at(tablePath);
        if (!table.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : table.properties()) {
            naming.packageName(entry.getKey(), entry.getValue()).ifPresent(name -> facts.addDependency(ecosystem,
                    name, versionOf(entry.getValue()), document.lineOf(TomlDocument.path(tablePath, entry.getKey())),
                    dev));
        }
    }

    /** A bare string, or the {@code version} of a table; git and path sources declare none. */
    private static String versionOf(JsonNode declaration) {
        JsonNode version = declaration.isTextual() ? declaration : declaration.path("version");
        return version.isTextual() ? version.asText() : "";
    }
}
