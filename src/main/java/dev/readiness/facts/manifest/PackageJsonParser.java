package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.Map;

/** npm's {@code package.json}: the four dependency objects; only devDependencies are dev-only. */
final class PackageJsonParser implements ManifestParser {
    private final JsonDependencySections sections = new JsonDependencySections("npm", Map.of(
            "dependencies", false,
            "peerDependencies", false,
            "optionalDependencies", false,
            "devDependencies", true), name -> true);

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        sections.read(file, facts);
    }
}
