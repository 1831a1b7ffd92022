package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.report.JsonReportWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report's field names are a public interface: they are pinned here, in DESIGN.md's order. */
class JsonContractTest {

    @Test
    void fieldNamesAndTypesFollowTheContract() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReportWriter().write(Audits.audit("python-fastapi", 2)));

        assertEquals(List.of("schemaVersion", "tool", "project", "generatedAt", "summary", "categories", "findings",
                "passed", "stack", "environment", "stats", "suppressed", "notApplicable"), names(root));
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(List.of("name", "version"), names(root.get("tool")));
        assertEquals(List.of("name", "root"), names(root.get("project")));
        assertEquals(List.of("score", "grade", "status", "counts"), names(root.get("summary")));
        assertEquals(List.of("P0", "P1", "P2", "P3"), names(root.get("summary").get("counts")));
        assertTrue(List.of("NOT_READY", "CONDITIONAL", "READY").contains(root.get("summary").get("status").asText()));
        assertEquals(List.of("id", "name", "applicable", "score", "grade", "failed", "partial", "passed", "reason"),
                names(root.get("categories").get(0)));
        assertEquals(12, root.get("categories").size());
        JsonNode finding = root.get("findings").get(0);
        assertEquals(List.of("ruleId", "category", "severity", "state", "title", "impact", "evidence", "actions",
                "commands", "effortHours"), names(finding));
        assertEquals(List.of("path", "line", "snippet"), names(finding.get("evidence").get(0)));
        assertEquals(List.of("ruleId", "category", "title", "evidence"), names(root.get("passed").get(0)));
        assertEquals(List.of("languages", "frameworks", "kind", "dependencies", "platforms"), names(root.get("stack")));
        assertEquals(List.of("ecosystem", "name", "version", "path", "line"),
                names(root.get("stack").get("dependencies").get(0)));
        assertEquals(List.of("referenced", "documented", "undocumented"), names(root.get("environment")));
        assertEquals(List.of("name", "locations"), names(root.get("environment").get("referenced").get(0)));
        assertEquals(List.of("files", "bytes", "durationMs", "skipped", "warnings"), names(root.get("stats")));
        for (JsonNode category : root.get("categories")) {
            boolean applicable = category.get("applicable").asBoolean();
            assertEquals(!applicable, category.get("score").isNull(), "N/A has a null score: " + category);
            assertEquals(applicable, category.get("reason").isNull(), "N/A, and only N/A, says why: " + category);
        }
        int open = 0;
        for (String severity : List.of("P0", "P1", "P2", "P3")) {
            open += root.get("summary").get("counts").get(severity).asInt();
        }
        assertEquals(root.get("findings").size(), open, "counts add up to the findings");
    }

    /**
     * Added in schema version 1 without breaking a reader: why a category or a rule is N/A, and the platform a
     * repository deploys to. Every rule is accounted for once: open, passed, suppressed or not applicable.
     */
    @Test
    void notApplicableCategoriesAndRulesSayWhy() throws Exception {
        JsonNode root = new ObjectMapper().readTree(new JsonReportWriter().write(Audits.audit("nextjs-site", 2)));

        JsonNode payments = category(root, "payments");
        assertTrue(payments.get("reason").asText().startsWith("no billing tables"), payments.toString());
        assertTrue(category(root, "deployment").get("reason").isNull());
        assertEquals(List.of("vercel"), texts(root.get("stack").get("platforms")));
        JsonNode notApplicable = root.get("notApplicable");
        assertEquals(List.of("ruleId", "category", "title", "reason"), names(notApplicable.get(0)));
        JsonNode shutdown = null;
        for (JsonNode rule : notApplicable) {
            if (rule.get("ruleId").asText().equals("deployment.no-graceful-shutdown")) {
                shutdown = rule;
            }
        }
        assertEquals("deployed on Vercel (vercel.json)", shutdown == null ? null : shutdown.get("reason").asText());
        assertEquals("deployment", shutdown.get("category").asText());
        assertEquals("No graceful shutdown", shutdown.get("title").asText());

        List<String> accounted = new ArrayList<>();
        for (String list : List.of("findings", "passed", "suppressed", "notApplicable")) {
            root.get(list).forEach(r -> accounted.add(r.get("ruleId").asText()));
        }
        List<String> all = Audits.bundledRules().rules().stream().map(r -> r.id()).sorted().toList();
        assertEquals(all, accounted.stream().sorted().toList(), "each rule in exactly one list");
    }

    @Test
    void findingsAreSortedBySeverityThenCategoryThenRule() throws Exception {
        JsonNode findings = new ObjectMapper().readTree(new JsonReportWriter().write(Audits.audit("python-fastapi", 2)))
                .get("findings");
        List<String> keys = new ArrayList<>();
        findings.forEach(f -> keys.add(f.get("severity").asText() + " " + f.get("category").asText() + " "
                + f.get("ruleId").asText()));
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    private static JsonNode category(JsonNode root, String id) {
        for (JsonNode category : root.get("categories")) {
            if (category.get("id").asText().equals(id)) {
                return category;
            }
        }
        throw new AssertionError("no category " + id);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
