package dev.readiness.facts;

import dev.readiness.facts.secrets.SecretFinding;
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
    private final List<SecretFinding> secrets = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<TableName> tablesDefined = new ArrayList<>();
    private final List<TableName> tablesModelled = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private final List<TableName> tablesReferenced = new ArrayList<>();
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

    /** A Python {@code from module import names}: the names may be submodules, where the code they name lives. */
    public void addImport(String module, List<String> names, int line) {
        imports.add(new ImportRef(module, path, line, names));
    }

    public void addEnvReference(String name, int line) {
        envReferences.add(new EnvReference(name, path, line));
    }

    public void addEnvDeclaration(String name, String value, int line) {
        envDeclarations.add(new EnvDeclaration(name, value, path, line));
    }

    /** A table the database schema itself creates (DDL, a migration, a Prisma model); schema may be empty. */
    public void addTableDefinition(String schema, String name, int line) {
        tablesDefined.add(new TableName(schema, name, path, line));
    }

    /** A table an ORM model maps (JPA, SQLAlchemy, Django), which the schema has to provide; schema may be empty. */
    public void addTableModel(String schema, String name, int line) {
        tablesModelled.add(new TableName(schema, name, path, line));
    }

    /** A table a query in the code reads or writes; schema may be empty. */
    public void addTableReference(String schema, String name, int line) {
        tablesReferenced.add(new TableName(schema, name, path, line));
    }

    public void addHeading(String text, int level, int line) {
        headings.add(new Heading(text, level, path, line));
    }

    public void addSecret(SecretFinding finding) {
        secrets.add(finding);
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

    public List<SecretFinding> secrets() {
        return secrets;
    }

    public List<String> warnings() {
        return warnings;
    }

    public List<TableName> tablesDefined() {
        return tablesDefined;
    }

    public List<TableName> tablesModelled() {
        return tablesModelled;
    }

    public List<TableName> tablesReferenced() {
        return tablesReferenced;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<InlineSuppression> inlineSuppressions() {
        return inlineSuppressions;
    }
}
