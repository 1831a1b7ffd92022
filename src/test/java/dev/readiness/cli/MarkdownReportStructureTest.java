package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.readiness.report.AuditReport;
import dev.readiness.report.MarkdownReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parses the Markdown report with Flexmark and checks its sections and tables. */
class MarkdownReportStructureTest {
    private static final List<String> SECTIONS = List.of("Executive Summary", "Detected Stack", "Scorecard",
            "Critical Blockers (P0 — must fix)", "Major Issues (P1 — high priority)", "Medium Priority (P2)",
            "Nice to Have (P3)", "Working Components ✅", "Environment Variables", "Implementation Roadmap",
            "Checklist");

    @ParameterizedTest
    @ValueSource(strings = {"python-fastapi", "java-library"})
    void everySectionIsThereAndEveryTableRowHasTheHeadersColumns(String fixture) throws IOException {
        AuditReport report = Audits.audit(fixture, 2);
        String markdown = new MarkdownReportWriter(bundledTemplate()).write(report);
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Node document = Parser.builder(options).build().parse(markdown);

        List<String> h1 = new ArrayList<>();
        List<String> h2 = new ArrayList<>();
        List<TableBlock> tables = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                h1.add(heading.getText().toString());
            } else if (node instanceof Heading heading && heading.getLevel() == 2) {
                h2.add(heading.getText().toString());
            } else if (node instanceof TableBlock table) {
                tables.add(table);
            }
        }
        assertEquals(List.of(report.projectName() + " Production Readiness Report"), h1);
        assertTrue(h2.containsAll(SECTIONS), "missing sections: " + SECTIONS.stream().filter(s -> !h2.contains(s)).toList());
        assertEquals(SECTIONS, h2.stream().filter(SECTIONS::contains).toList(), "sections out of order");
        assertTrue(tables.size() >= 2, "stack and scorecard tables at least");
        for (TableBlock table : tables) {
            List<TableRow> rows = new ArrayList<>();
            for (Node node : table.getDescendants()) {
                if (node instanceof TableRow row) {
                    rows.add(row);
                }
            }
            int columns = cells(rows.get(0));
            for (TableRow row : rows) {
                assertEquals(columns, cells(row), "row '" + row.getChars() + "' of a " + columns + "-column table");
                assertEquals(columns, rawCells(row.getChars().toString()), "source of row '" + row.getChars() + "'");
            }
        }
        assertFalse(markdown.contains("{{"), "unrendered template tags");
    }

    private static int cells(TableRow row) {
        int count = 0;
        for (Node child = row.getFirstChild(); child != null; child = child.getNext()) {
            count += child instanceof TableCell ? 1 : 0;
        }
        return count;
    }

    /** Counts cells from the row's source, so an unescaped pipe that a lenient parser hides still fails. */
    private static int rawCells(String row) {
        String trimmed = row.strip();
        int pipes = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) == '\\') {
                i++;
            } else if (trimmed.charAt(i) == '|') {
                pipes++;
            }
        }
        return pipes - 1;
    }

    static String bundledTemplate() throws IOException {
        try (InputStream in = MarkdownReportStructureTest.class.getResourceAsStream("/templates/report.md.mustache")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
