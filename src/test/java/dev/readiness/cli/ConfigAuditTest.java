package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code .readiness.yml} and the module selection, through the whole tool. */
class ConfigAuditTest {
    @TempDir
    Path temp;

    private JsonNode audit(Path repo, String... extra) {
        Path report = temp.resolve("report.json");
        List<String> args = new ArrayList<>(List.of("audit", repo.toString(), "--format", "json", "-o",
                report.toString(), "--quiet"));
        args.addAll(List.of(extra));
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.code(), run.err());
        return Cli.json(report);
    }

    private static JsonNode category(JsonNode report, String id) {
        for (JsonNode category : report.get("categories")) {
            if (category.get("id").asText().equals(id)) {
                return category;
            }
        }
        throw new AssertionError("no category " + id);
    }

    @Test
    void aRequiredModuleAppliesWithoutItsSignalAndAnOffModuleIsNotApplicable() {
        Path repo = Cli.copyFixture("java-library", temp.resolve("repo"));
        Cli.write(repo.resolve(".readiness.yml"), "project: semver\nmodules:\n  payments: required\n  docs: off\n");
        Path markdown = temp.resolve("report.md");

        JsonNode report = audit(repo);
        Cli.run("audit", repo.toString(), "-o", markdown.toString(), "--quiet");

        assertEquals("semver", report.get("project").get("name").asText());
        assertTrue(category(report, "payments").get("applicable").asBoolean());
        assertTrue(Cli.ruleIds(report.get("findings")).contains("payments.no-processor"));
        assertEquals("NOT_READY", report.get("summary").get("status").asText());
        assertFalse(category(report, "docs").get("applicable").asBoolean());
        assertTrue(Cli.read(markdown).contains("| Documentation | turned off in .readiness.yml |"), Cli.read(markdown));
    }

    @Test
    void rulesAreDisabledOrReSeveritiedAndIgnoreGlobsLeaveFilesOut() {
        Path repo = Cli.copyFixture("python-fastapi", temp.resolve("repo"));
        Cli.write(repo.resolve(".readiness.yml"), """
                rules:
                  security.default-credentials: off
                  security.cors-wildcard: P3
                ignore:
                  - app/routers/transcribe.py
                """);

        JsonNode report = audit(repo);

        List<String> ids = Cli.ruleIds(report.get("findings"));
        assertFalse(ids.contains("security.default-credentials"));
        JsonNode cors = report.get("findings").get(ids.indexOf("security.cors-wildcard"));
        assertEquals("P3", cors.get("severity").asText());
        assertFalse(ids.contains("storage.local-filesystem"), "its only evidence was in the ignored file");
    }

    @Test
    void onlyAndSkipSelectModules() {
        JsonNode only = audit(Audits.FIXTURES.resolve("python-fastapi"), "--only", "security,docs");
        JsonNode skip = audit(Audits.FIXTURES.resolve("python-fastapi"), "--skip", "security");

        List<String> applicable = new ArrayList<>();
        only.get("categories").forEach(c -> {
            if (c.get("applicable").asBoolean()) {
                applicable.add(c.get("id").asText());
            }
        });
        assertEquals(List.of("security", "docs"), applicable);
        assertFalse(category(skip, "security").get("applicable").asBoolean());
        assertTrue(category(skip, "email").get("applicable").asBoolean());
    }

    @Test
    void theGateComesFromTheFileAndTheCommandLineOverridesIt() {
        Path repo = Cli.copyFixture("python-fastapi", temp.resolve("repo"));
        Cli.write(repo.resolve(".readiness.yml"), "fail-under: 90\n");
        Path out = temp.resolve("r.md");

        Cli.Run fromFile = Cli.run("audit", repo.toString(), "-o", out.toString(), "--quiet");
        Cli.Run overridden = Cli.run("audit", repo.toString(), "-o", out.toString(), "--quiet", "--fail-under", "10");

        assertEquals(1, fromFile.code());
        assertTrue(fromFile.err().matches("readiness: gate failed: score \\d+ is under --fail-under 90\n"), fromFile.err());
        assertEquals(0, overridden.code(), overridden.err());
    }

    @Test
    void aBadConfigurationExitsTwoNamingFileLineAndColumn() {
        Path repo = Cli.copyFixture("java-library", temp.resolve("repo"));
        Path config = repo.resolve(".readiness.yml");
        Cli.write(config, "project: x\nmodules:\n  payments: maybe\n");

        Cli.Run run = Cli.run("audit", repo.toString(), "-o", temp.resolve("r.md").toString());

        assertEquals(2, run.code());
        assertEquals("readiness: invalid configuration: " + config
                + ":3:13: module 'payments' must be 'required' or 'off', not 'maybe'\n", run.err());
    }

    @Test
    void anExplicitConfigFileIsUsedAndMustExist() {
        Path config = temp.resolve("ci.yml");
        Cli.write(config, "modules:\n  payments: required\n");

        JsonNode report = audit(Audits.FIXTURES.resolve("java-library"), "--config", config.toString());
        Cli.Run missing = Cli.run("audit", Audits.FIXTURES.resolve("java-library").toString(), "--config",
                temp.resolve("none.yml").toString());

        assertTrue(category(report, "payments").get("applicable").asBoolean());
        assertEquals(2, missing.code());
        assertEquals("readiness: --config: no such file: " + temp.resolve("none.yml") + "\n", missing.err());
    }

    @Test
    void unknownModulesInOnlyOrSkipExitTwo() {
        Cli.Run run = Cli.run("audit", Audits.FIXTURES.resolve("java-library").toString(), "--skip", "paymnts");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("readiness: --skip: no module 'paymnts' (modules: auth, config, "), run.err());
    }
}
