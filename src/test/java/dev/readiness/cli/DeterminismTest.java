package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.MarkdownReportWriter;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Two runs on the same tree give the same bytes but for the time stamp and the duration. */
class DeterminismTest {

    @Test
    void jsonAndMarkdownAreStableAcrossRunsAndThreadCounts() throws IOException {
        var first = Audits.audit("python-fastapi", 1);
        var second = Audits.audit("python-fastapi", 4);
        MarkdownReportWriter markdown = new MarkdownReportWriter(MarkdownReportStructureTest.bundledTemplate());

        String json1 = new JsonReportWriter().write(first);
        String json2 = new JsonReportWriter().write(second);
        assertNotEquals("", json1);
        assertEquals(withoutVolatile(json1), withoutVolatile(json2));
        assertEquals(withoutVolatile(markdown.write(first)), withoutVolatile(markdown.write(second)));
    }

    private static String withoutVolatile(String text) {
        return text.replaceAll("\"generatedAt\" : \"[^\"]*\"", "\"generatedAt\" : \"-\"")
                .replaceAll("\"durationMs\" : \\d+", "\"durationMs\" : 0")
                .replaceAll("\\*\\*Date\\*\\*: \\S+", "**Date**: -")
                .replaceAll("· \\d+ ms", "· 0 ms");
    }
}
