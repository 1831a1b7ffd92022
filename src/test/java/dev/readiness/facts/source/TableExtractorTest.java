package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.facts.TableName;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableExtractorTest {
    private final TableExtractor extractor = new TableExtractor();

    @Test
    void sqlScriptsDefineTablesAndViewsButNotInComments() {
        String sql = """
                -- CREATE TABLE old_users (id int);
                CREATE SCHEMA IF NOT EXISTS core;
                CREATE TABLE core.users (id SERIAL PRIMARY KEY);
                /* CREATE TABLE drafts (id int); */
                create table if not exists "Audit_Log" (id int);
                CREATE MATERIALIZED VIEW reporting.monthly AS SELECT 1;
                """;
        FileFacts facts = Extraction.run(extractor, "db/schema.sql", sql);
        assertEquals(List.of("core.users:3", "audit_log:5", "reporting.monthly:6"), names(facts.tablesDefined()));
        assertEquals(List.of(), names(facts.tablesReferenced()));
    }

    @Test
    void prismaModelsHonourMapAndSchema() {
        String prisma = """
                // model Ghost { id Int @id }
                model User {
                  id    Int    @id
                  email String @map("email_address")
                }

                model AudioAsset {
                  id Int @id
                  @@map("audio_assets")
                  @@schema("media")
                }
                """;
        FileFacts facts = Extraction.run(extractor, "prisma/schema.prisma", prisma);
        assertEquals(List.of("user:2", "media.audio_assets:7"), names(facts.tablesDefined()));
    }

    @Test
    void sqlalchemyModelsMapTablesAndQueriesUseThem() {
        String python = """
                from sqlalchemy import Column, Integer, Table, text

                class User(Base):
                    __tablename__ = "users"
                    __table_args__ = {"schema": "voiceforge"}
                    id = Column(Integer, primary_key=True)

                class Plan(Base):
                    __tablename__ = 'plans'

                audit = Table("audit_log", metadata, Column("id", Integer), schema="ops")

                def plans(db):
                    # SELECT * FROM commented_out
                    db.execute(text("SELECT p.name FROM voiceforge.user_subscriptions s "
                                    "JOIN voiceforge.plans p ON p.id = s.plan_id"))
                    raise ValueError("Expected a value from the user")
                """;
        FileFacts facts = Extraction.run(extractor, "app/models.py", python);
        assertEquals(List.of("voiceforge.users:3", "plans:8"), names(facts.tablesModelled()));
        assertEquals(List.of("ops.audit_log:11", "voiceforge.user_subscriptions:15", "voiceforge.plans:16"),
                names(facts.tablesReferenced()));
    }

    @Test
    void djangoModelsUseDbTableOrTheAppLabel() {
        String python = """
                from django.db import models

                class Order(models.Model):
                    total = models.IntegerField()

                class Invoice(models.Model):
                    class Meta:
                        db_table = "billing_invoices"

                class Stamped(models.Model):
                    class Meta:
                        abstract = True
                """;
        FileFacts facts = Extraction.run(extractor, "shop/models.py", python);
        assertEquals(List.of("shop_order:3", "billing_invoices:6"), names(facts.tablesModelled()));
    }

    @Test
    void alembicMigrationsCreateTablesAndTheirDataFixesAreNoQueries() {
        String python = """
                def upgrade():
                    op.create_table("developers", sa.Column("id", sa.Integer()), schema="voiceforge")
                    op.execute("UPDATE voiceforge.legacy_users SET migrated = true")
                """;
        String path = "alembic/versions/001_init.py";
        FileEntry migration = new FileEntry(path, Path.of(path), python.length(), Language.PYTHON, FileRole.MIGRATION);
        assertTrue(extractor.accepts(migration));
        FileFacts facts = new FileFacts(path);
        extractor.extract(new SourceFile(migration, python), facts);
        assertEquals(List.of("voiceforge.developers:2"), names(facts.tablesDefined()));
        assertEquals(List.of(), names(facts.tablesReferenced()));
    }

    @Test
    void testsDocsAndExamplesAreNotRead() {
        for (FileRole role : List.of(FileRole.TEST, FileRole.DOC, FileRole.EXAMPLE)) {
            FileEntry script = new FileEntry("x/schema.sql", Path.of("x/schema.sql"), 10, Language.SQL, role);
            assertFalse(extractor.accepts(script));
        }
    }

    @Test
    void queriesSkipFunctionsExpressionsAndCommonTableExpressions() {
        String script = """
                const recent = `
                  WITH recent AS (SELECT * FROM orders WHERE created_at > now())
                  SELECT EXTRACT(YEAR FROM created_at), x.n
                  FROM recent, generate_series(1, 3) x
                  JOIN "Customers" c ON c.id = recent.customer_id`;
                await pool.query("INSERT INTO audit(event) VALUES ($1) ON CONFLICT DO UPDATE SET n = 1");
                await pool.query("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT)");
                log("Loaded from cache into memory");
                label("Select a plan from the list");
                toast("Update your profile to set a plan");
                toast("update your settings from the menu");
                button("Delete from cart");
                """;
        FileFacts facts = Extraction.run(extractor, "src/db.js", script);
        assertEquals(List.of("orders:2", "customers:5", "audit:6"),
                names(facts.tablesReferenced()));
        assertEquals(List.of("schema_migrations:7"), names(facts.tablesDefined()));
    }

    private static List<String> names(List<TableName> tables) {
        return tables.stream().map(t -> t.qualifiedName() + ":" + t.line()).toList();
    }
}
