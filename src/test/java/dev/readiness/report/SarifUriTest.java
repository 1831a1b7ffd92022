package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Evidence paths as SARIF artifact URIs: relative references that resolve back to the same file. */
class SarifUriTest {

    @Test
    void plainPathsStayAsTheyAre() {
        assertEquals("app/routers/billing.py", SarifReportWriter.relativeUri("app/routers/billing.py"));
        assertEquals(".", SarifReportWriter.relativeUri("."));
    }

    @Test
    void reservedCharactersAreEscaped() {
        assertEquals("docs/run%20book%23v2.md", SarifReportWriter.relativeUri("docs/run book#v2.md"));
        assertEquals("src/caf%C3%A9.py", SarifReportWriter.relativeUri("src/café.py"));
    }

    @Test
    void aColonInTheFirstSegmentIsNotReadAsAScheme() {
        assertEquals("./c:notes.txt", SarifReportWriter.relativeUri("c:notes.txt"));
        assertEquals("docs/a:b.md", SarifReportWriter.relativeUri("docs/a:b.md"));
    }
}
