package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inline and configured suppressions, through the whole tool on a copy of the Python fixture. */
class SuppressionAuditTest {
    @TempDir
    Path temp;
    Path repo;

    @BeforeEach
    void copyFixture() {
        repo = Cli.copyFixture("python-fastapi", temp.resolve("repo"));
    }

    private Cli.Run audit() {
        return Cli.run("audit", repo.toString(), "--format", "md,json", "-o", temp.toString(), "--no-color");
    }

    @Test
    void anInlineCommentAboveOrOnTheLineSuppressesAndTheReportSaysWhy() {
        audit();
        JsonNode unsuppressed = Cli.json(temp.resolve("readiness-report.json")).get("summary").get("counts");
        Cli.insertLines(repo.resolve("scripts/seed_admin.py"), 7,
                "# readiness:ignore security.default-credentials the seed only runs on a developer machine");
        Cli.insertLines(repo.resolve("app/main.py"), 16,
                "    # readiness:ignore security.cors-wildcard the API is public and read-only");

        Cli.Run run = audit();
        JsonNode report = Cli.json(temp.resolve("readiness-report.json"));
        String markdown = Cli.read(temp.resolve("readiness-report.md"));

        assertEquals(0, run.code(), run.err());
        List<String> open = Cli.ruleIds(report.get("findings"));
        assertFalse(open.contains("security.default-credentials"));
        assertFalse(open.contains("security.cors-wildcard"));
        assertEquals(List.of("security.default-credentials", "security.cors-wildcard"), Cli.ruleIds(report.get("suppressed")));
        JsonNode credentials = report.get("suppressed").get(0);
        assertEquals("scripts/seed_admin.py", credentials.get("evidence").get(0).get("path").asText());
        assertEquals(8, credentials.get("evidence").get(0).get("line").asInt());
        assertEquals("the seed only runs on a developer machine",
                credentials.get("suppressions").get(0).get("reason").asText());
        assertEquals("scripts/seed_admin.py:7", credentials.get("suppressions").get(0).get("source").asText());
        assertEquals(unsuppressed.get("P0").asInt() - 1, report.get("summary").get("counts").get("P0").asInt(),
                "one P0 fewer than unsuppressed");
        assertEquals(unsuppressed.get("P1").asInt() - 1, report.get("summary").get("counts").get("P1").asInt(),
                "one P1 fewer than unsuppressed");
        assertTrue(markdown.contains("\n## Suppressed\n"), markdown);
        assertTrue(markdown.contains("| Hardcoded default credentials (`security.default-credentials`) | P0 | "
                + "`scripts/seed_admin.py:8` | the seed only runs on a developer machine (`scripts/seed_admin.py:7`) |"),
                markdown);
        assertTrue(run.err().contains("  suppressed findings: 2 (not counted; listed in the report)"), run.err());
    }

    @Test
    void suppressingFindingsRaisesTheScoreAsIfTheyPassed() {
        audit();
        int before = Cli.json(temp.resolve("readiness-report.json")).get("summary").get("score").asInt();
        Cli.write(repo.resolve(".readiness.yml"), """
                suppressions:
                  - rule: security.no-rate-limiting
                    reason: the API gateway limits requests
                  - rule: security.debug-enabled
                    path: "app/*.py"
                    reason: debug is switched off in the image
                """);

        audit();
        JsonNode after = Cli.json(temp.resolve("readiness-report.json"));

        assertTrue(before < 100, "the fixture has findings to suppress");
        assertEquals(List.of("security.no-rate-limiting", "security.debug-enabled"), Cli.ruleIds(after.get("suppressed")));
        assertEquals(repo.resolve(".readiness.yml") + ":2:5",
                after.get("suppressed").get(0).get("suppressions").get(0).get("source").asText());
        assertTrue(after.get("summary").get("score").asInt() > before, after.get("summary").toString());
    }

    @Test
    void anExpiredSuppressionStopsSuppressingAndSaysSo() {
        Cli.write(repo.resolve(".readiness.yml"), """
                suppressions:
                  - rule: security.secret-logged
                    path: app/routers/auth.py
                    reason: being fixed in the next sprint
                    expires: 2000-01-31
                """);

        Cli.Run run = audit();
        JsonNode report = Cli.json(temp.resolve("readiness-report.json"));
        String markdown = Cli.read(temp.resolve("readiness-report.md"));
        String warning = repo.resolve(".readiness.yml") + ":2:5: the suppression of security.secret-logged expired on "
                + "2000-01-31, so its findings count again";

        assertTrue(Cli.ruleIds(report.get("findings")).contains("security.secret-logged"));
        assertEquals(0, report.get("suppressed").size());
        List<String> warnings = new ArrayList<>();
        report.get("stats").get("warnings").forEach(w -> warnings.add(w.asText()));
        assertTrue(warnings.contains(warning), warnings.toString());
        assertTrue(markdown.contains("## Suppressed\n- ⚠️ " + warning + "\n"), markdown);
        assertTrue(run.err().contains("readiness: warning: " + warning + "\n"), run.err());
    }

    @Test
    void aSuppressionCoveringSomePlacesLeavesTheOthersOpen() {
        Cli.insertLines(repo.resolve("app/config.py"), 9,
                "    # readiness:ignore security.default-secret-key the dev default is replaced at deploy time");

        audit();
        JsonNode report = Cli.json(temp.resolve("readiness-report.json"));

        JsonNode finding = report.get("findings").get(Cli.ruleIds(report.get("findings")).indexOf("security.default-secret-key"));
        assertEquals(1, finding.get("evidence").size());
        assertEquals(".env", finding.get("evidence").get(0).get("path").asText());
        assertEquals(0, report.get("suppressed").size());
    }

    @Test
    void anInlineCommentNamingNoRuleIsAWarning() {
        Cli.insertLines(repo.resolve("app/main.py"), 1, "# readiness:ignore security.cors-wildcards typo in the id");

        Cli.Run run = audit();

        assertTrue(run.err().contains("readiness: warning: app/main.py:1: readiness:ignore names no known rule "
                + "'security.cors-wildcards'\n"), run.err());
    }
}
