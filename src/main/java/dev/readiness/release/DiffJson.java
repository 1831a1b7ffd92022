package dev.readiness.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.OptionalInt;

/** The diff as JSON, for a pipeline step that wants the numbers. */
public final class DiffJson {

    private DiffJson() {
    }

    public static String write(ReportDiff diff) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode project = root.putObject("project");
        project.put("before", diff.before().project());
        project.put("after", diff.after().project());
        scores(root.putObject("overall"), diff.before().score(), diff.after().score());
        ObjectNode status = root.putObject("status");
        status.put("before", diff.before().status().name());
        status.put("after", diff.after().status().name());
        ArrayNode categories = root.putArray("categories");
        for (ReportDiff.CategoryChange category : diff.categories()) {
            ObjectNode node = categories.addObject();
            node.put("id", category.id());
            node.put("name", category.name());
            scores(node, category.before(), category.after());
        }
        findings(root.putArray("newFindings"), diff.added());
        findings(root.putArray("fixedFindings"), diff.fixed());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static void scores(ObjectNode node, OptionalInt before, OptionalInt after) {
        put(node, "before", before);
        put(node, "after", after);
        put(node, "delta", ReportDiff.delta(before, after));
    }

    private static void put(ObjectNode node, String field, OptionalInt value) {
        if (value.isPresent()) {
            node.put(field, value.getAsInt());
        } else {
            node.putNull(field);
        }
    }

    private static void findings(ArrayNode array, List<SavedReport.Finding> findings) {
        for (SavedReport.Finding finding : findings) {
            ObjectNode node = array.addObject();
            node.put("ruleId", finding.ruleId());
            node.put("severity", finding.severity());
            node.put("title", finding.title());
            node.put("location", finding.location());
        }
    }
}
