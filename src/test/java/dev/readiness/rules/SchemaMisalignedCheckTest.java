package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Inventory;
import dev.readiness.facts.SchemaTables;
import dev.readiness.facts.TableName;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMisalignedCheckTest {
    private final SchemaMisalignedCheck check = new SchemaMisalignedCheck();

    @Test
    void seedZeroOtherSchemaAndMissingTablesNameBothHalves() {
        SchemaTables tables = new SchemaTables(
                List.of(table("core", "users", "schema.sql", 4), table("core", "plans", "schema.sql", 21)),
                List.of(table("voiceforge", "developers", "app/models.py", 20)),
                List.of(table("voiceforge", "users", "app/routers/users.py", 30),
                        table("", "user_subscriptions", "app/routers/billing.py", 24)));
        Match match = check.evaluate(facts(tables));
        assertTrue(match.holds());
        assertEquals(List.of(
                "app/models.py:20 uses voiceforge.developers, which no schema, migration or model defines",
                "app/routers/billing.py:24 uses user_subscriptions, which no schema, migration or model defines",
                "app/routers/users.py:30 uses voiceforge.users, but the schema defines core.users (schema.sql:4)",
                "schema.sql:4 defines core.users"), lines(match));
    }

    @Test
    void unqualifiedAndPublicNamesMatchAnyDefinition() {
        SchemaTables tables = new SchemaTables(
                List.of(table("", "users", "V1__init.sql", 1), table("billing", "plans", "V2__plans.sql", 1)),
                List.of(table("", "users", "User.java", 9)),
                List.of(table("public", "users", "a.py", 3), table("", "plans", "a.py", 4),
                        table("billing", "plans", "a.py", 5)));
        assertFalse(check.evaluate(facts(tables)).holds());
    }

    @Test
    void withoutDdlTheModelsAreTheSchema() {
        SchemaTables tables = new SchemaTables(List.of(),
                List.of(table("", "shop_order", "shop/models.py", 3)),
                List.of(table("", "shop_order", "shop/views.py", 7), table("", "shop_refund", "shop/views.py", 9)));
        Match match = check.evaluate(facts(tables));
        assertTrue(match.holds());
        assertEquals(List.of("shop/views.py:9 uses shop_refund, which no schema, migration or model defines"),
                lines(match));
    }

    private static TableName table(String schema, String name, String path, int line) {
        return new TableName(schema, name, path, line);
    }

    private static AuditFacts facts(SchemaTables tables) {
        return new AuditFacts(Inventory.builder().tables(tables).build(), null);
    }

    private static List<String> lines(Match match) {
        return match.evidence().stream().map(e -> e.location() + " " + e.snippet()).toList();
    }
}
