package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlLinesTest {
    private final TomlLines lines = new TomlLines("""
            title = "top"
            [tool.poetry]
            name = "x"
            dependencies = { requests = "^2" }

            [ target . "cfg(windows)" . dependencies ]
            winapi = "0.3"

            [project]
            "optional-dependencies".docs = ["mkdocs", 'mkdocs-material']
            dependencies = [
                "mkdocs-material",
                "mkdocs",
            ]
            """);

    @Test
    void findsKeysThroughHeadersDottedKeysAndInlineTables() {
        assertEquals(1, lines.lineOf(List.of("title")));
        assertEquals(4, lines.lineOf(List.of("tool", "poetry", "dependencies", "requests")));
        assertEquals(7, lines.lineOf(List.of("target", "cfg(windows)", "dependencies", "winapi")));
        assertEquals(10, lines.lineOf(List.of("project", "optional-dependencies", "docs")));
        assertEquals(11, lines.lineOf(List.of("project", "dependencies")));
    }

    @Test
    void fallsBackToTheNearestEnclosingPart() {
        assertEquals(9, lines.lineOf(List.of("project", "scripts")));
        assertEquals(1, lines.lineOf(List.of("missing", "table")));
    }

    @Test
    void findsArrayItemsInOrderMatchingWholeStrings() {
        int mkdocsMaterial = lines.lineOfString("mkdocs-material", 11);
        int mkdocs = lines.lineOfString("mkdocs", mkdocsMaterial);

        assertEquals(12, mkdocsMaterial);
        assertEquals(13, mkdocs);
        assertEquals(10, lines.lineOfString("mkdocs-material", 10));
        assertEquals(11, lines.lineOfString("not-there", 11));
    }
}
