package dev.readiness.facts;

import dev.readiness.facts.secrets.SecretFacts;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.ScanWarning;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the scan learned about one repository: immutable, sorted, and free of file contents. */
public final class Inventory {
    private final List<FileEntry> files;
    private final Map<String, FileEntry> filesByPath;
    private final List<Dependency> dependencies;
    private final List<ImportRef> imports;
    private final List<EnvReference> envReferences;
    private final List<EnvDeclaration> envDeclarations;
    private final Map<String, List<Evidence>> patternHits;
    private final ScanStats stats;
    private final List<ScanWarning> warnings;
    private final SchemaTables tables;
    private final List<CoverageReport> coverage;
    private final List<Heading> headings;
    private final SecretFacts secrets;

    /**
     * @param patternHits evidence per rule pattern id, found while each file was read
     * @param secrets     credentials found while each file was read, and which env files git tracks
     */
    public Inventory(List<FileEntry> files, List<Dependency> dependencies, List<ImportRef> imports,
                     List<EnvReference> envReferences, List<EnvDeclaration> envDeclarations,
                     Map<String, List<Evidence>> patternHits, ScanStats stats, List<ScanWarning> warnings,
                     SchemaTables tables, List<CoverageReport> coverage, List<Heading> headings,
                     SecretFacts secrets) {
        this.files = List.copyOf(files);
        this.dependencies = List.copyOf(dependencies);
        this.imports = List.copyOf(imports);
        this.envReferences = List.copyOf(envReferences);
        this.envDeclarations = List.copyOf(envDeclarations);
        this.patternHits = Map.copyOf(patternHits);
        this.stats = stats;
        this.warnings = List.copyOf(warnings);
        this.tables = tables;
        this.coverage = List.copyOf(coverage);
        this.headings = List.copyOf(headings);
        this.secrets = secrets;
        Map<String, FileEntry> byPath = new HashMap<>(files.size() * 2);
        files.forEach(f -> byPath.put(f.path(), f));
        this.filesByPath = Map.copyOf(byPath);
    }

    public List<FileEntry> files() {
        return files;
    }

    /** The role of a scanned file, if the path was scanned. */
    public Optional<FileRole> roleOf(String path) {
        return Optional.ofNullable(filesByPath.get(path)).map(FileEntry::role);
    }

    public List<Dependency> dependencies() {
        return dependencies;
    }

    public List<ImportRef> imports() {
        return imports;
    }

    public List<EnvReference> envReferences() {
        return envReferences;
    }

    public List<EnvDeclaration> envDeclarations() {
        return envDeclarations;
    }

    /** Evidence found for one rule pattern, empty when it matched nowhere. */
    public List<Evidence> patternHits(String patternId) {
        return patternHits.getOrDefault(patternId, List.of());
    }

    public ScanStats stats() {
        return stats;
    }

    public List<ScanWarning> warnings() {
        return warnings;
    }

    public SchemaTables tables() {
        return tables;
    }

    /** Coverage reports found at their well-known paths, though those are usually ignored and never walked. */
    public List<CoverageReport> coverage() {
        return coverage;
    }

    /** Markdown headings of the project's documents. */
    public List<Heading> headings() {
        return headings;
    }

    public SecretFacts secrets() {
        return secrets;
    }
}
