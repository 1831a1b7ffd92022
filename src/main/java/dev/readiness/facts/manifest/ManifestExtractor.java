package dev.readiness.facts.manifest;

import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import java.util.Map;
import java.util.Optional;

/**
 * Dependency facts from package manifests of every supported ecosystem, each with the line that declares
 * it. Lock files are not read: the manifest is what the project chose to depend on.
 */
public final class ManifestExtractor implements FactExtractor {
    private final ManifestParser requirementsTxt = new RequirementsTxtParser();
    private final ManifestParser versionCatalog = new GradleVersionCatalogParser();
    private final ManifestParser gradleBuild = new GradleBuildParser();
    private final Map<String, ManifestParser> parsersByFileName = Map.ofEntries(
            Map.entry("package.json", new PackageJsonParser()),
            Map.entry("composer.json", new ComposerJsonParser()),
            Map.entry("pyproject.toml", new PyprojectParser()),
            Map.entry("Pipfile", new PipfileParser()),
            Map.entry("setup.py", new SetupPyParser()),
            Map.entry("setup.cfg", new SetupCfgParser()),
            Map.entry("pom.xml", new PomParser()),
            Map.entry("build.gradle", gradleBuild),
            Map.entry("build.gradle.kts", gradleBuild),
            Map.entry("go.mod", new GoModParser()),
            Map.entry("Gemfile", new GemfileParser()),
            Map.entry("Cargo.toml", new CargoTomlParser()));

    /** True: a lock file or manifest written on one line still declares dependencies. */
    @Override
    public boolean readsMinified() {
        return true;
    }

    @Override
    public boolean accepts(FileEntry entry) {
        return parserFor(entry).isPresent();
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        Optional<ManifestParser> parser = parserFor(file.entry());
        if (parser.isEmpty()) {
            return;
        }
        try {
            parser.get().parse(file, facts);
        } catch (RuntimeException e) {
            // The parsers warn on every input problem they know of; this keeps an unforeseen one from
            // ending the whole scan, and still tells the report that this manifest was not read.
            new ParseProblem(e.toString(), 0, 0).reportTo(facts, file.entry().fileName());
        }
    }

    private Optional<ManifestParser> parserFor(FileEntry entry) {
        String fileName = entry.fileName();
        ManifestParser byName = parsersByFileName.get(fileName);
        if (byName != null) {
            return Optional.of(byName);
        }
        if (isRequirementsFile(entry.path(), fileName)) {
            return Optional.of(requirementsTxt);
        }
        if (fileName.endsWith(".versions.toml")) {
            return Optional.of(versionCatalog);
        }
        return Optional.empty();
    }

    /**
     * {@code requirements*.txt}, {@code *-requirements.txt}, {@code *_requirements.txt} and any
     * {@code .txt} in a {@code requirements/} folder.
     */
    private static boolean isRequirementsFile(String path, String fileName) {
        return fileName.endsWith(".txt") && (fileName.startsWith("requirements")
                || fileName.endsWith("-requirements.txt") || fileName.endsWith("_requirements.txt")
                || path.equals("requirements/" + fileName) || path.endsWith("/requirements/" + fileName));
    }
}
