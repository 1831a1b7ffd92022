package dev.readiness.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.cli.Auditor;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One whole-tool audit of a hostile tree, through the real {@link Auditor} with the bundled rules and the JSON
 * report a user would read. Every tree also holds an ordinary FastAPI service under {@code service/}, so each test
 * can check that one bad file did not cost the rest of the report.
 */
final class TreeAudit {
    static final String SERVICE_MAIN = "service/app/main.py";

    final AuditReport report;
    final JsonNode json;

    private TreeAudit(AuditReport report) throws IOException {
        this.report = report;
        this.json = new ObjectMapper().readTree(new JsonReportWriter().write(report));
    }

    /** Writes the ordinary service every hostile tree carries beside its bad file. */
    static void writeOrdinaryService(Path root) throws IOException {
        Path service = Files.createDirectories(root.resolve("service/app"));
        Files.writeString(service.resolve("main.py"),
                "from fastapi import FastAPI\napp = FastAPI(debug=True)\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("service/requirements.txt"), "fastapi==0.110.0\nuvicorn==0.29.0\n",
                StandardCharsets.UTF_8);
    }

    static TreeAudit of(Path root) {
        return of(root, ScanOptions.defaults());
    }

    static TreeAudit of(Path root, ScanOptions options) {
        try {
            return new TreeAudit(new Auditor(bundledRules(), options, 2, Map.of(), Redaction.MASKED, false).audit(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RuleSet bundledRules() {
        try {
            return new RuleLoader(BuiltInChecks.all()).loadBundled();
        } catch (YamlFileException e) {
            throw new AssertionError("bundled rules do not load: " + e.getMessage(), e);
        }
    }

    /** The JSON {@code stats.warnings}, as the user sees them. */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        json.get("stats").get("warnings").forEach(w -> warnings.add(w.asText()));
        return warnings;
    }

    List<String> warningsAbout(String path) {
        return warnings().stream().filter(w -> w.startsWith(path + ": ")).toList();
    }

    int skipped() {
        return json.get("stats").get("skipped").asInt();
    }

    /** The ordinary service was still audited: its debug switch fails the rule, at its file and line. */
    void assertOrdinaryServiceAudited() {
        Outcome outcome = outcomeOf("security.debug-enabled");
        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome);
        Evidence first = failed.evidence().get(0);
        assertEquals(SERVICE_MAIN + ":2", first.path() + ":" + first.line());
        assertEquals("web-service", json.get("stack").get("kind").asText());
        List<String> dependencies = new ArrayList<>();
        json.get("stack").get("dependencies").forEach(d -> {
            if (d.get("path").asText().equals("service/requirements.txt")) {
                dependencies.add(d.get("name").asText() + "@" + d.get("line").asInt());
            }
        });
        assertEquals(List.of("fastapi@1", "uvicorn@2"), dependencies);
    }

    Outcome outcomeOf(String ruleId) {
        for (ModuleResult module : report.modules()) {
            for (RuleResult result : module.results()) {
                if (result.rule().id().equals(ruleId)) {
                    return result.outcome();
                }
            }
        }
        throw new AssertionError("no rule " + ruleId + " in the report");
    }
}
