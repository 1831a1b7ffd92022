package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.SchemaTables;
import dev.readiness.facts.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Holds when the code expects a table the schema does not provide: a query or an ORM model names a table no
 * definition creates, or the same table in another schema. The database schema is what DDL, migrations and Prisma
 * create; when a repository has none of those, its ORM models stand for the schema and only queries are compared.
 */
final class SchemaMisalignedCheck implements Check {
    /** Unqualified DDL lands in PostgreSQL's default schema, so {@code public.x} and {@code x} are one table. */
    private static final String DEFAULT_SCHEMA = "public";

    @Override
    public Match evaluate(AuditFacts facts) {
        SchemaTables tables = facts.inventory().tables();
        boolean ddl = !tables.defined().isEmpty();
        List<TableName> schema = ddl ? tables.defined() : tables.modelled();
        List<TableName> expected = new ArrayList<>(tables.referenced());
        if (ddl) {
            expected.addAll(tables.modelled());
        }
        Map<String, List<TableName>> byName = new LinkedHashMap<>();
        schema.forEach(t -> byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t));
        List<Evidence> evidence = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (TableName used : expected) {
            List<TableName> candidates = byName.getOrDefault(used.name(), List.of());
            if (candidates.isEmpty()) {
                evidence.add(new Evidence(used.path(), used.line(), "uses " + used.qualifiedName()
                        + ", which no schema, migration or model defines"));
            } else if (used.qualified() && candidates.stream().noneMatch(d -> sameSchema(d, used))) {
                evidence.add(new Evidence(used.path(), used.line(), "uses " + used.qualifiedName()
                        + ", but the schema defines " + names(candidates)));
                for (TableName definition : candidates) {
                    if (reported.add(definition.path() + ":" + definition.line())) {
                        evidence.add(new Evidence(definition.path(), definition.line(),
                                "defines " + definition.qualifiedName()));
                    }
                }
            }
        }
        return Match.found(evidence);
    }

    private static boolean sameSchema(TableName definition, TableName used) {
        return normalised(definition).equals(normalised(used));
    }

    private static String normalised(TableName table) {
        return table.qualified() ? table.schema() : DEFAULT_SCHEMA;
    }

    /** {@code core.users (schema.sql:4)}: the other half of the mismatch, where a reader can find it. */
    private static String names(List<TableName> tables) {
        return tables.stream().map(t -> t.qualifiedName() + " (" + t.path() + ":" + t.line() + ")").distinct()
                .sorted().collect(Collectors.joining(", "));
    }

    @Override
    public String describe() {
        return "tables or schemas used by the code that the schema does not define";
    }
}
