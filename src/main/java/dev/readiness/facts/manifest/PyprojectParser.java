package dev.readiness.facts.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code pyproject.toml}: PEP 621 project metadata, PEP 735 dependency groups and Poetry's tables. */
final class PyprojectParser implements ManifestParser {
    private static final List<String> PROJECT_DEPENDENCIES = List.of("project", "dependencies");
    private static final List<String> OPTIONAL_DEPENDENCIES = List.of("project", "optional-dependencies");
    private static final List<String> DEPENDENCY_GROUPS = List.of("dependency-groups");
    private static final List<String> POETRY = List.of("tool", "poetry");
    private static final TomlDependencyTable.Naming POETRY_NAMING = (key, declaration) -> key.equals("python")
            ? Optional.empty()
            : Optional.of(PythonRequirement.normaliseName(key));

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        TomlDocument.read(file, facts).ifPresent(document -> {
            addRequirements(document, PROJECT_DEPENDENCIES, false, facts);
            for (Map.Entry<String, JsonNode> extra : document.at(OPTIONAL_DEPENDENCIES).properties()) {
                addRequirements(document, TomlDocument.path(OPTIONAL_DEPENDENCIES, extra.getKey()),
                        PythonDependencyGroups.isDev(extra.getKey()), facts);
            }
            // PEP 735 groups never reach the published package's metadata: they exist for development tasks.
            for (Map.Entry<String, JsonNode> group : document.at(DEPENDENCY_GROUPS).properties()) {
                addRequirements(document, TomlDocument.path(DEPENDENCY_GROUPS, group.getKey()), true, facts);
            }
            addPoetry(document, facts);
        });
    }

    private static void addPoetry(TomlDocument document, FileFacts facts) {
        TomlDependencyTable.addAll(document, TomlDocument.path(POETRY, "dependencies"), "pypi", false,
                POETRY_NAMING, facts);
        TomlDependencyTable.addAll(document, TomlDocument.path(POETRY, "dev-dependencies"), "pypi", true,
                POETRY_NAMING, facts);
        List<String> groups = TomlDocument.path(POETRY, "group");
        for (Map.Entry<String, JsonNode> group : document.at(groups).properties()) {
            List<String> table = TomlDocument.path(groups, group.getKey(), "dependencies");
            TomlDependencyTable.addAll(document, table, "pypi", !group.getKey().equals("main"), POETRY_NAMING, facts);
        }
    }

    /** An array of PEP 508 strings; other items (PEP 735 {@code include-group} tables) are not packages. */
    private static void addRequirements(TomlDocument document, List<String> arrayPath, boolean dev, FileFacts facts) {
        JsonNode array = document.at(arrayPath);
        if (!array.isArray()) {
            return;
        }
        int line = document.lineOf(arrayPath);
        for (JsonNode item : array) {
            if (item.isTextual()) {
                line = document.lines().lineOfString(item.asText(), line);
                PythonRequirement.addIfRequirement(item.asText(), line, dev, facts);
            }
        }
    }
}
