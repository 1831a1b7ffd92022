package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {
    private static final Path REPORTS = Path.of("src/test/resources/reports");

    @TempDir
    Path temp;

    @Test
    void tableMatchesTheGoldenFileWorstFirstWhateverTheArgumentOrder() {
        Cli.Run run = Cli.run("aggregate", REPORTS.resolve("docs-site.json").toString(),
                REPORTS.resolve("after.json").toString(), REPORTS.resolve("mailer.json").toString(),
                REPORTS.resolve("before.json").toString());
        Cli.Run reversed = Cli.run("aggregate", REPORTS.resolve("before.json").toString(),
                REPORTS.resolve("mailer.json").toString(), REPORTS.resolve("after.json").toString(),
                REPORTS.resolve("docs-site.json").toString());

        assertEquals(0, run.code(), run.err());
        assertEquals(Cli.read(Path.of("src/test/resources/golden/aggregate.md")), run.out());
        assertEquals(run.out(), reversed.out());
    }

    @Test
    void aBadReportOrNoReportExitsTwo() {
        Path broken = temp.resolve("broken.json");
        Cli.write(broken, "{\"summary\": {\"status\": \"MAYBE\"}, \"findings\": []}\n");

        Cli.Run bad = Cli.run("aggregate", REPORTS.resolve("mailer.json").toString(), broken.toString());
        Cli.Run none = Cli.run("aggregate");

        assertEquals(2, bad.code());
        assertEquals("readiness: " + broken + ": not a readiness JSON report: unknown status 'MAYBE'\n", bad.err());
        assertEquals(2, none.code());
    }
}
