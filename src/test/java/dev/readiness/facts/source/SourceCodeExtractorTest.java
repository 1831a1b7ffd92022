package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceCodeExtractorTest {
    private final SourceCodeExtractor extractor = new SourceCodeExtractor();

    @Test
    void everyReaderOfTheMaskedCodeContributes() {
        String text = """
                import os
                from sqlalchemy import Column

                class Invoice(Base):
                    __tablename__ = "invoices"

                DATABASE_URL = os.getenv("DATABASE_URL")
                rows = db.execute("SELECT id FROM payments")
                # os.getenv("IN_COMMENT")
                """;
        FileFacts facts = Extraction.run(extractor, "app/models.py", text);

        assertEquals(List.of("os:1", "sqlalchemy:2", "sqlalchemy.Column:2"), facts.imports().stream()
                .map(found -> found.module() + ":" + found.line()).toList());
        assertEquals(List.of("DATABASE_URL:7"), facts.envReferences().stream()
                .map(found -> found.name() + ":" + found.line()).toList());
        assertEquals(List.of("invoices:4"), facts.tablesModelled().stream()
                .map(table -> table.qualifiedName() + ":" + table.line()).toList());
        assertEquals(List.of("payments:8"), facts.tablesReferenced().stream()
                .map(table -> table.qualifiedName() + ":" + table.line()).toList());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void javaIsReadByItsOwnReader() {
        String text = """
                import com.stripe.Stripe;
                class Billing {
                    String key = System.getenv("STRIPE_KEY");
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/Billing.java", text);

        assertEquals(List.of("com.stripe.Stripe"), facts.imports().stream().map(found -> found.module()).toList());
        assertEquals(List.of("STRIPE_KEY"), facts.envReferences().stream().map(found -> found.name()).toList());
    }
}
