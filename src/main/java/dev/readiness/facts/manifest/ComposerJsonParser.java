package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.Map;

/** Composer's {@code composer.json}: {@code require} and {@code require-dev}. */
final class ComposerJsonParser implements ManifestParser {
    /*
     * Every Packagist package is named vendor/package; names without a slash are platform requirements
     * (php, ext-*, lib-*, composer-plugin-api) that nobody installs from the registry.
     */
    private final JsonDependencySections sections = new JsonDependencySections("packagist",
            Map.of("require", false, "require-dev", true), name -> name.contains("/"));

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        sections.read(file, facts);
    }
}
