package dev.readiness.facts;

import java.util.Locale;

/**
 * A database table named at one place: defined there (DDL, ORM model) or used there (a query).
 *
 * @param schema lower-case schema name, empty when the name is not schema-qualified
 * @param name   lower-case table name; SQL folds unquoted names, so case never tells two tables apart
 */
public record TableName(String schema, String name, String path, int line) {

    public TableName {
        schema = schema.toLowerCase(Locale.ROOT);
        name = name.toLowerCase(Locale.ROOT);
    }

    public boolean qualified() {
        return !schema.isEmpty();
    }

    /** {@code schema.name}, or just the name. */
    public String qualifiedName() {
        return qualified() ? schema + "." + name : name;
    }
}
