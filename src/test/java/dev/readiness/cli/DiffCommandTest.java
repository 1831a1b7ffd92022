package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    private static final Path REPORTS = Path.of("src/test/resources/reports");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path temp;

    @Test
    void markdownMatchesTheGoldenFile() {
        Cli.Run run = Cli.run("diff", REPORTS.resolve("before.json").toString(), REPORTS.resolve("after.json").toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(Cli.read(GOLDEN.resolve("diff.md")), run.out());
    }

    @Test
    void jsonMatchesTheGoldenFile() {
        Cli.Run run = Cli.run("diff", REPORTS.resolve("before.json").toString(), REPORTS.resolve("after.json").toString(),
                "--format", "json");

        assertEquals(0, run.code(), run.err());
        assertEquals(Cli.read(GOLDEN.resolve("diff.json")), run.out());
    }

    @Test
    void twoAuditsOfTheSameTreeWithMovedLinesDifferInNothing() {
        Path repo = Cli.copyFixture("python-fastapi", temp.resolve("repo"));
        Path before = temp.resolve("before.json");
        Path after = temp.resolve("after.json");
        Cli.run("audit", repo.toString(), "--format", "json", "-o", before.toString(), "--quiet");
        Cli.insertLines(repo.resolve("app/main.py"), 1, "# moved every line down", "");
        Cli.run("audit", repo.toString(), "--format", "json", "-o", after.toString(), "--quiet");

        Cli.Run run = Cli.run("diff", before.toString(), after.toString());

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*\\| Overall \\| (\\d+/100 \\(\\S+\\)) \\| \\1 \\| = \\|\n.*"), run.out());
        assertTrue(run.out().contains("## New findings (0)\n\nNone.\n"), run.out());
        assertTrue(run.out().contains("## Fixed findings (0)\n\nNone.\n"), run.out());
    }

    @Test
    void aFileThatIsNotAReportExitsTwo() {
        Path notes = temp.resolve("notes.json");
        Cli.write(notes, "[1, 2]\n");

        Cli.Run run = Cli.run("diff", notes.toString(), REPORTS.resolve("after.json").toString());
        Cli.Run missing = Cli.run("diff", temp.resolve("none.json").toString(), REPORTS.resolve("after.json").toString());

        assertEquals(2, run.code());
        assertEquals("readiness: " + notes + ": not a readiness JSON report (no \"summary\" and \"findings\")\n",
                run.err());
        assertEquals(2, missing.code());
        assertEquals("readiness: cannot read " + temp.resolve("none.json") + "\n", missing.err());
    }
}
