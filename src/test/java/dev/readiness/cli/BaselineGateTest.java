package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --baseline}, {@code --new-only} and the exit code of every gate combination. */
class BaselineGateTest {
    @TempDir
    Path temp;
    Path repo;
    Path baseline;

    /** The baseline is the Python fixture as it is; the test then changes the copy. */
    @BeforeEach
    void writeBaseline() {
        repo = Cli.copyFixture("python-fastapi", temp.resolve("repo"));
        baseline = temp.resolve("baseline.json");
        Cli.Run run = Cli.run("audit", repo.toString(), "--format", "json", "-o", baseline.toString(), "--quiet");
        assertEquals(0, run.code(), run.err());
    }

    private Cli.Run audit(String... extra) {
        List<String> args = new ArrayList<>(List.of("audit", repo.toString(), "--format", "json", "-o",
                temp.resolve("new.json").toString(), "--quiet"));
        args.addAll(List.of(extra));
        return Cli.run(args.toArray(String[]::new));
    }

    private List<String> marks() {
        List<String> marks = new ArrayList<>();
        Cli.json(temp.resolve("new.json")).get("findings")
                .forEach(f -> marks.add(f.get("ruleId").asText() + "=" + f.get("baseline").asText()));
        return marks;
    }

    /** A new place of an open P0: another default password in the seed script. */
    private void addNewP0() {
        Cli.insertLines(repo.resolve("scripts/seed_admin.py"), 9, "DEMO_PASSWORD = \"demo\"");
    }

    @Test
    void findingsStillMatchAfterTheirLinesMove() {
        Cli.insertLines(repo.resolve("scripts/seed_admin.py"), 1, "# a new header", "# over three lines", "");
        Cli.insertLines(repo.resolve("app/main.py"), 1, "import os", "");

        Cli.Run run = audit("--baseline", baseline.toString());

        assertEquals(0, run.code(), run.err());
        JsonNode moved = Cli.json(temp.resolve("new.json")).get("findings");
        boolean credentialsMoved = false;
        for (JsonNode finding : moved) {
            if (finding.get("ruleId").asText().equals("security.default-credentials")) {
                credentialsMoved = finding.get("evidence").get(0).get("line").asInt() == 10;
            }
        }
        assertTrue(credentialsMoved, "the fixture's line 7 is now line 10");
        assertTrue(marks().stream().allMatch(m -> m.endsWith("=existing")), marks().toString());
    }

    @Test
    void aNewPlaceOfAnOpenRuleMakesItsFindingNew() {
        addNewP0();

        audit("--baseline", baseline.toString());

        assertTrue(marks().contains("security.default-credentials=new"), marks().toString());
        assertEquals(1, marks().stream().filter(m -> m.endsWith("=new")).count(), marks().toString());
    }

    @Test
    void theMarkdownMarksNewAndExistingFindings() {
        addNewP0();
        Path markdown = temp.resolve("new.md");

        Cli.run("audit", repo.toString(), "-o", markdown.toString(), "--quiet", "--baseline", baseline.toString());

        String text = Cli.read(markdown);
        assertTrue(text.contains("❌ failed · new"), text);
        assertTrue(text.contains("❌ failed · in the baseline"), text);
    }

    @Test
    void withoutABaselineFindingsCarryNoMark() {
        audit();

        assertTrue(!Cli.json(temp.resolve("new.json")).get("findings").get(0).has("baseline"));
    }

    @Test
    void failOnJudgesEveryOpenFindingUnlessNewOnly() {
        assertEquals(1, audit("--fail-on", "P0").code());
        assertEquals(1, audit("--fail-on", "P0", "--baseline", baseline.toString()).code());
        assertEquals(0, audit("--fail-on", "P0", "--baseline", baseline.toString(), "--new-only").code());
        addNewP0();
        Cli.Run failed = audit("--fail-on", "P0", "--baseline", baseline.toString(), "--new-only");
        assertEquals(1, failed.code());
        assertEquals("readiness: gate failed: 1 new open finding at P0 or above (--fail-on P0)\n", failed.err());
    }

    /** The fixture's own score and open P0/P1 count, so the tests follow the rule set instead of pinning it. */
    private JsonNode summary() {
        audit();
        return Cli.json(temp.resolve("new.json")).get("summary");
    }

    @Test
    void failUnderJudgesTheScoreWithExistingFindingsAsPassesUnderNewOnly() {
        int score = summary().get("score").asInt();
        assertEquals(1, audit("--fail-under", "80").code());
        assertEquals(0, audit("--fail-under", String.valueOf(score)).code());
        assertEquals(1, audit("--fail-under", String.valueOf(score + 1)).code());
        assertEquals(1, audit("--fail-under", "80", "--baseline", baseline.toString()).code());
        assertEquals(0, audit("--fail-under", "100", "--baseline", baseline.toString(), "--new-only").code());
        addNewP0();
        Cli.Run failed = audit("--fail-under", "100", "--baseline", baseline.toString(), "--new-only");
        assertEquals(1, failed.code());
        assertEquals("readiness: gate failed: score of new findings 99 is under --fail-under 100\n", failed.err());
    }

    @Test
    void bothGatesReportEveryReason() {
        JsonNode summary = summary();
        int score = summary.get("score").asInt();
        int open = summary.get("counts").get("P0").asInt() + summary.get("counts").get("P1").asInt();

        Cli.Run run = audit("--fail-under", String.valueOf(score + 1), "--fail-on", "P1");

        assertEquals(1, run.code());
        assertEquals("readiness: gate failed: score " + score + " is under --fail-under " + (score + 1) + "\n"
                + "readiness: gate failed: " + open + " open findings at P1 or above (--fail-on P1)\n", run.err());
    }

    @Test
    void newOnlyNeedsABaselineAndABaselineMustBeAReport() {
        Path notAReport = temp.resolve("other.json");
        Cli.write(notAReport, "{\"hello\": 1}\n");
        Path broken = temp.resolve("broken.json");
        Cli.write(broken, "{\"summary\": \n");

        Cli.Run noBaseline = audit("--new-only");
        Cli.Run wrong = audit("--baseline", notAReport.toString());
        Cli.Run invalid = audit("--baseline", broken.toString());

        assertEquals(2, noBaseline.code());
        assertEquals("readiness: --new-only needs --baseline OLD.json\n", noBaseline.err());
        assertEquals(2, wrong.code());
        assertEquals("readiness: " + notAReport + ": not a readiness JSON report (no \"summary\" and \"findings\")\n",
                wrong.err());
        assertEquals(2, invalid.code());
        assertTrue(invalid.err().startsWith("readiness: " + broken + ":2:1: invalid JSON: "), invalid.err());
    }
}
