package dev.readiness.facts;

import dev.readiness.facts.secrets.SecretFacts;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.ScanWarning;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything the scan learned about one repository: immutable, sorted, and free of file contents. */
public final class Inventory {
    private final List<FileEntry> files;
    private final Map<String, FileEntry> filesByPath;
    private final List<Dependency> dependencies;
    private final List<ImportRef> imports;
    private final Map<String, String> importedModulesLowerCased;
    private final List<EnvReference> envReferences;
    private final List<EnvDeclaration> envDeclarations;
    private final Map<String, List<Evidence>> patternHits;
    private final SecretFacts secrets;
    private final ScanStats stats;
    private final List<ScanWarning> warnings;
    private final SchemaTables tables;
    private final List<CoverageReport> coverage;
    private final List<Heading> headings;
    private final List<InlineSuppression> inlineSuppressions;

    private Inventory(Builder b) {
        List<FileEntry> files = b.files;
        this.files = List.copyOf(files);
        this.dependencies = List.copyOf(b.dependencies);
        this.imports = List.copyOf(b.imports);
        Map<String, String> lowerCased = new HashMap<>();
        imports.forEach(ref -> lowerCased.computeIfAbsent(ref.module(), module -> module.toLowerCase(Locale.ROOT)));
        this.importedModulesLowerCased = Collections.unmodifiableMap(lowerCased);
        this.envReferences = List.copyOf(b.envReferences);
        this.envDeclarations = List.copyOf(b.envDeclarations);
        this.patternHits = Map.copyOf(b.patternHits);
        this.secrets = b.secrets;
        this.stats = b.stats;
        this.warnings = List.copyOf(b.warnings);
        this.tables = b.tables;
        this.coverage = List.copyOf(b.coverage);
        this.headings = List.copyOf(b.headings);
        this.inlineSuppressions = List.copyOf(b.inlineSuppressions);
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

    /**
     * Every module imported somewhere, once: far fewer than the imports, so a question about module names is
     * asked of each name once rather than of every import.
     */
    /** Each distinct module imported, with its lower case, which every case-insensitive reader would work out. */
    public Map<String, String> importedModulesLowerCased() {
        return importedModulesLowerCased;
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

    public SecretFacts secrets() {
        return secrets;
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

    /** The {@code readiness:ignore} comments found while each file was read. */
    public List<InlineSuppression> inlineSuppressions() {
        return inlineSuppressions;
    }

    /** An inventory with nothing in it, to be filled with the builder's methods. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects the parts of an inventory; a part not given is empty. It keeps call sites stable as
     * kinds of facts are added.
     */
    public static final class Builder {
        private List<FileEntry> files = List.of();
        private List<Dependency> dependencies = List.of();
        private List<ImportRef> imports = List.of();
        private List<EnvReference> envReferences = List.of();
        private List<EnvDeclaration> envDeclarations = List.of();
        private Map<String, List<Evidence>> patternHits = Map.of();
        private SecretFacts secrets = SecretFacts.none();
        private ScanStats stats = new ScanStats(0, 0, 0, 0);
        private List<ScanWarning> warnings = List.of();
        private SchemaTables tables = SchemaTables.NONE;
        private List<CoverageReport> coverage = List.of();
        private List<Heading> headings = List.of();
        private List<InlineSuppression> inlineSuppressions = List.of();

        private Builder() {
        }

        public Builder files(List<FileEntry> value) {
            files = value;
            return this;
        }

        public Builder dependencies(List<Dependency> value) {
            dependencies = value;
            return this;
        }

        public Builder imports(List<ImportRef> value) {
            imports = value;
            return this;
        }

        public Builder envReferences(List<EnvReference> value) {
            envReferences = value;
            return this;
        }

        public Builder envDeclarations(List<EnvDeclaration> value) {
            envDeclarations = value;
            return this;
        }

        /** Evidence per rule pattern id, found while each file was read. */
        public Builder patternHits(Map<String, List<Evidence>> value) {
            patternHits = value;
            return this;
        }

        /** Credentials found while each file was read, and which env files git tracks. */
        public Builder secrets(SecretFacts value) {
            secrets = value;
            return this;
        }

        public Builder stats(ScanStats value) {
            stats = value;
            return this;
        }

        public Builder warnings(List<ScanWarning> value) {
            warnings = value;
            return this;
        }

        public Builder tables(SchemaTables value) {
            tables = value;
            return this;
        }

        public Builder coverage(List<CoverageReport> value) {
            coverage = value;
            return this;
        }

        public Builder headings(List<Heading> value) {
            headings = value;
            return this;
        }

        /** The {@code readiness:ignore} comments found while each file was read. */
        public Builder inlineSuppressions(List<InlineSuppression> value) {
            inlineSuppressions = value;
            return this;
        }

        public Inventory build() {
            return new Inventory(this);
        }
    }
}
