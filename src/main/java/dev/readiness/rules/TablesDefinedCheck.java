package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.SchemaTables;
import dev.readiness.facts.TableName;
import java.util.List;
import java.util.stream.Stream;

/** Holds when the repository says which tables exist: DDL, migrations, Prisma or ORM models. */
final class TablesDefinedCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        SchemaTables tables = facts.inventory().tables();
        List<Evidence> evidence = Stream.concat(tables.defined().stream(), tables.modelled().stream())
                .map(TablesDefinedCheck::evidence).toList();
        return Match.found(evidence);
    }

    private static Evidence evidence(TableName table) {
        return new Evidence(table.path(), table.line(), "defines " + table.qualifiedName());
    }

    @Override
    public String describe() {
        return "table definitions (SQL, migrations, Prisma, ORM models)";
    }
}
