package dev.readiness.facts;

import java.util.List;

/**
 * The tables of a repository, each where it is named.
 *
 * @param defined    created by the database schema: DDL, migrations, Prisma models
 * @param modelled   mapped by ORM models (JPA, SQLAlchemy, Django)
 * @param referenced queried by the code
 */
public record SchemaTables(List<TableName> defined, List<TableName> modelled, List<TableName> referenced) {

    public static final SchemaTables NONE = new SchemaTables(List.of(), List.of(), List.of());

    public SchemaTables {
        defined = List.copyOf(defined);
        modelled = List.copyOf(modelled);
        referenced = List.copyOf(referenced);
    }
}
