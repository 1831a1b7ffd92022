package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressLineTest {

    @Test
    void saysStageFilesSizeAndThroughput() {
        assertEquals("readiness: reading · 120/400 files · 3.0 MB · 1.5 MB/s",
                ProgressLine.line("reading", 120, 400, 3 * 1024 * 1024, 2.0));
        assertEquals("readiness: walking · 0 files · 0.0 MB · 0.0 MB/s", ProgressLine.line("walking", 0, 0, 0, 0));
    }

    @Test
    void redrawsOneLineAndBlanksItWhenClosed() throws InterruptedException {
        StringWriter err = new StringWriter();
        try (ProgressLine line = new ProgressLine(new PrintWriter(err))) {
            line.stage("reading", 2);
            line.fileRead(1024 * 1024);
            Thread.sleep(700);
        }
        String text = err.toString();

        assertTrue(text.startsWith("\rreadiness: reading · 1/2 files · 1.0 MB · "), text);
        assertFalse(text.contains("\n"), "one line, redrawn in place");
        assertTrue(text.matches("(?s).*\r +\r"), "ends on a blanked line: " + text);
    }

    @Test
    void noProgressLineWhenStderrIsNotATerminal(@TempDir Path out) {
        StringWriter err = new StringWriter();

        int code = Main.run(new String[] {"audit", Audits.FIXTURES.resolve("java-library").toString(), "-o",
                out.resolve("r.md").toString(), "--no-color"}, new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(0, code);
        assertFalse(err.toString().contains("\r"), err.toString());
    }
}
