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
                "passed", "stack", "environment", "stats", "suppressed"), names(root));
        assertEquals(1, root.get("schemaVersion").asInt());
        assertEquals(List.of("name", "version"), names(root.get("tool")));
        assertEquals(List.of("name", "root"), names(root.get("project")));
        assertEquals(List.of("score", "grade", "status", "counts"), names(root.get("summary")));
        assertEquals(List.of("P0", "P1", "P2", "P3"), names(root.get("summary").get("counts")));
        assertTrue(List.of("NOT_READY", "CONDITIONAL", "READY").contains(root.get("summary").get("status").asText()));
        assertEquals(List.of("id", "name", "applicable", "score", "grade", "failed", "partial", "passed"),
                names(root.get("categories").get(0)));
        assertEquals(12, root.get("categories").size());
        JsonNode finding = root.get("findings").get(0);
        assertEquals(List.of("ruleId", "category", "severity", "state", "title", "impact", "evidence", "actions",
                "commands", "effortHours"), names(finding));
        assertEquals(List.of("path", "line", "snippet"), names(finding.get("evidence").get(0)));
        assertEquals(List.of("ruleId", "category", "title", "evidence"), names(root.get("passed").get(0)));
        assertEquals(List.of("languages", "frameworks", "kind", "dependencies"), names(root.get("stack")));
        assertEquals(List.of("ecosystem", "name", "version", "path", "line"),
                names(root.get("stack").get("dependencies").get(0)));
        assertEquals(List.of("referenced", "documented", "undocumented"), names(root.get("environment")));
        assertEquals(List.of("name", "locations"), names(root.get("environment").get("referenced").get(0)));
        assertEquals(List.of("files", "bytes", "durationMs", "skipped", "warnings"), names(root.get("stats")));
        for (JsonNode category : root.get("categories")) {
            boolean applicable = category.get("applicable").asBoolean();
            assertEquals(!applicable, category.get("score").isNull(), "N/A has a null score: " + category);
        }
        int open = 0;
        for (String severity : List.of("P0", "P1", "P2", "P3")) {
            open += root.get("summary").get("counts").get(severity).asInt();
        }
        assertEquals(root.get("findings").size(), open, "counts add up to the findings");
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

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
