package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Audits each fixture repository with the bundled rules and checks the outcomes its
 * {@code expected.yml} lists: rules that must fail, be partial or pass, and modules and rules that must be N/A
 * (for rules, optionally with the reason the report must give).
 */
class FixtureAuditTest {

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(Audits.FIXTURES)) {
            List<String> names = dirs.filter(d -> Files.isRegularFile(d.resolve("expected.yml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
            assertFalse(names.isEmpty(), "no fixture has an expected.yml");
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void auditMatchesExpectations(String fixture) throws IOException {
        JsonNode expected = new ObjectMapper(new YAMLFactory())
                .readTree(Audits.FIXTURES.resolve(fixture).resolve("expected.yml").toFile());
        AuditReport report = Audits.audit(fixture, 2);

        Map<String, String> actual = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        List<String> notApplicable = new ArrayList<>();
        for (ModuleResult module : report.modules()) {
            if (!module.applicable()) {
                notApplicable.add(module.module().id());
            }
            for (RuleResult result : module.results()) {
                actual.put(result.rule().id(), state(result.outcome()));
                if (result.outcome() instanceof Outcome.NotApplicable na) {
                    reasons.put(result.rule().id(), na.reason());
                }
            }
        }
        List<String> mismatches = new ArrayList<>();
        if (expected.has("kind") && !expected.get("kind").asText().equals(report.stack().kind())) {
            mismatches.add("kind: expected " + expected.get("kind").asText() + ", got " + report.stack().kind());
        }
        for (String state : List.of("fail", "partial", "pass")) {
            for (JsonNode id : expected.path(state)) {
                String got = actual.get(id.asText());
                if (!state.equals(got)) {
                    mismatches.add(id.asText() + ": expected " + state + ", got " + (got == null ? "no such rule" : got));
                }
            }
        }
        // a list of rule ids, or a mapping of rule id to the N/A reason the report must give
        JsonNode notApplicableRules = expected.path("not-applicable-rules");
        List<String> naIds = new ArrayList<>();
        if (notApplicableRules.isObject()) {
            notApplicableRules.fieldNames().forEachRemaining(naIds::add);
        } else {
            notApplicableRules.forEach(id -> naIds.add(id.asText()));
        }
        for (String id : naIds) {
            String got = actual.get(id);
            if (!"n/a".equals(got)) {
                mismatches.add(id + ": expected n/a, got " + (got == null ? "no such rule" : got));
            } else if (notApplicableRules.isObject() && !notApplicableRules.get(id).asText().equals(reasons.get(id))) {
                mismatches.add(id + ": expected the N/A reason '" + notApplicableRules.get(id).asText() + "', got '"
                        + reasons.get(id) + "'");
            }
        }
        for (JsonNode module : expected.path("not-applicable")) {
            if (!notApplicable.contains(module.asText())) {
                mismatches.add("module " + module.asText() + ": expected N/A, but it applies");
            }
        }
        assertTrue(mismatches.isEmpty(), fixture + ":\n  " + String.join("\n  ", mismatches));
        int listed = expected.path("fail").size() + expected.path("partial").size() + expected.path("pass").size();
        assertTrue(listed >= 5, fixture + ": expected.yml must pin down at least 5 rule outcomes, it has " + listed);
        assertEquals(report.inventory().stats().files(), report.inventory().files().size());
    }

    private static String state(Outcome outcome) {
        if (outcome instanceof Outcome.Passed) {
            return "pass";
        }
        if (outcome instanceof Outcome.Partial) {
            return "partial";
        }
        return outcome instanceof Outcome.Failed ? "fail" : "n/a";
    }
}
