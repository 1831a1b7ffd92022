package dev.readiness.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * What the extractors found in one file. Filled by one thread, then merged into the {@link Inventory}.
 */
public final class FileFacts {
    private final String path;
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<ImportRef> imports = new ArrayList<>();
    private final List<EnvReference> envReferences = new ArrayList<>();
    private final List<EnvDeclaration> envDeclarations = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<InlineSuppression> inlineSuppressions = new ArrayList<>();

    public FileFacts(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    public void addDependency(String ecosystem, String name, String version, int line, boolean dev) {
        dependencies.add(new Dependency(ecosystem, name, version, path, line, dev));
    }

    public void addImport(String module, int line) {
        imports.add(new ImportRef(module, path, line));
    }

    public void addEnvReference(String name, int line) {
        envReferences.add(new EnvReference(name, path, line));
    }

    public void addEnvDeclaration(String name, String value, int line) {
        envDeclarations.add(new EnvDeclaration(name, value, path, line));
    }

    public void addInlineSuppression(String ruleId, String reason, int line) {
        inlineSuppressions.add(new InlineSuppression(ruleId, reason, path, line));
    }

    /** Records that part of the file could not be understood (it is still scanned for patterns). */
    public void warn(String message) {
        warnings.add(message);
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

    public List<String> warnings() {
        return warnings;
    }

    public List<InlineSuppression> inlineSuppressions() {
        return inlineSuppressions;
    }
}
