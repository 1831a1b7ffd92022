package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format} with the CI and release formats: one file per format in the output folder. */
class OutputFormatsCommandTest {

    @TempDir
    Path out;

    @Test
    void everyFormatIsWrittenUnderItsOwnName() throws IOException {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"audit", Audits.FIXTURES.resolve("python-fastapi").toString(), "--format",
                "sarif,junit,html,codequality", "--output", out.toString(), "--quiet"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(0, code, err.toString());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("readiness-report.codequality.json", "readiness-report.html",
                    "readiness-report.junit.xml", "readiness-report.sarif"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.readString(out.resolve("readiness-report.sarif"), StandardCharsets.UTF_8)
                .contains("\"version\" : \"2.1.0\""));
        assertTrue(Files.readString(out.resolve("readiness-report.junit.xml"), StandardCharsets.UTF_8)
                .contains("<testsuites name=\"readiness python-fastapi\""));
        assertTrue(Files.readString(out.resolve("readiness-report.html"), StandardCharsets.UTF_8)
                .startsWith("<!DOCTYPE html>"));
        assertTrue(Files.readString(out.resolve("readiness-report.codequality.json"), StandardCharsets.UTF_8)
                .startsWith("[ {"));
    }
}
