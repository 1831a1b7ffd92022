package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.Optional;

/** Pipenv's {@code Pipfile}: {@code [packages]} and {@code [dev-packages]}. */
final class PipfileParser implements ManifestParser {
    private static final TomlDependencyTable.Naming PEP_503 =
            (key, declaration) -> Optional.of(PythonRequirement.normaliseName(key));

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        TomlDocument.read(file, facts).ifPresent(document -> {
            TomlDependencyTable.addAll(document, List.of("packages"), "pypi", false, PEP_503, facts);
            TomlDependencyTable.addAll(document, List.of("dev-packages"), "pypi", true, PEP_503, facts);
        });
    }
}
