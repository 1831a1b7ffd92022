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
    private final Map<String, ManifestParser> parsersByFileName = Map.of(
            "package.json", new PackageJsonParser(),
            "composer.json", new ComposerJsonParser());

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
        return Optional.ofNullable(parsersByFileName.get(entry.fileName()));
    }
}
