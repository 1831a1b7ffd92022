package dev.readiness.facts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.Map;

/**
 * A Gradle version catalog ({@code gradle/libs.versions.toml}): the {@code [libraries]} it makes available.
 * The catalog does not say which configuration uses a library, so none is taken to be dev-only.
 */
final class GradleVersionCatalogParser implements ManifestParser {
    private static final List<String> LIBRARIES = List.of("libraries");
    private static final List<String> RICH_VERSION_KINDS = List.of("strictly", "require", "prefer");

    private record Library(String module, String version) {
    }

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        TomlDocument.read(file, facts).ifPresent(document -> {
            JsonNode versions = document.root().path("versions");
            for (Map.Entry<String, JsonNode> entry : document.at(LIBRARIES).properties()) {
                Library library = libraryOf(entry.getValue(), versions);
                if (!library.module().isEmpty()) {
                    facts.addDependency("maven", library.module(), library.version(),
                            document.lineOf(TomlDocument.path(LIBRARIES, entry.getKey())), false);
                }
            }
        });
    }

    /** {@code "g:a:v"} or a table; the module is empty when the entry does not name one. */
    private static Library libraryOf(JsonNode declaration, JsonNode versions) {
        if (declaration.isTextual()) {
            String[] notation = declaration.asText().split(":");
            return notation.length < 2
                    ? new Library("", "")
                    : new Library(notation[0] + ":" + notation[1], notation.length > 2 ? notation[2] : "");
        }
        return new Library(moduleOf(declaration), versionOf(declaration.path("version"), versions));
    }

    /** {@code module = "g:a"} or {@code group = "g", name = "a"}; empty when neither is complete. */
    private static String moduleOf(JsonNode declaration) {
        if (declaration.path("module").isTextual()) {
            return declaration.path("module").asText();
        }
        String group = declaration.path("group").asText("");
        String name = declaration.path("name").asText("");
        return group.isEmpty() || name.isEmpty() ? "" : group + ":" + name;
    }

    /** A plain version, a {@code version.ref} into {@code [versions]}, or a rich version table. */
    private static String versionOf(JsonNode version, JsonNode versions) {
        JsonNode resolved = version.path("ref").isTextual() ? versions.path(version.path("ref").asText()) : version;
        if (resolved.isTextual()) {
            return resolved.asText();
        }
        return RICH_VERSION_KINDS.stream()
                .map(kind -> resolved.path(kind))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText)
                .findFirst()
                .orElse("");
    }
}
