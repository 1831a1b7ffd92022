package dev.readiness.release;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.config.JsonReports;
import dev.readiness.config.ReportFindings;
import dev.readiness.score.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The parts of a JSON report that a diff or a portfolio compares.
 *
 * @param score absent when no category applied
 */
public record SavedReport(String project, OptionalInt score, String grade, Status status, int p0, int p1,
                          List<Category> categories, List<Finding> findings, ReportFindings matcher) {

    /** @param score absent when the category was N/A */
    public record Category(String id, String name, OptionalInt score) {
    }

    /**
     * @param location the first evidence as {@code path:line}, or empty
     * @param places   fingerprints of its evidence
     */
    public record Finding(String ruleId, String severity, String title, String location, List<String> places) {
    }

    /** @throws IllegalArgumentException naming the file when it is not a readiness JSON report */
    public static SavedReport read(Path file) throws IOException {
        JsonNode root = JsonReports.read(file);
        try {
            return of(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    static SavedReport of(JsonNode root) {
        JsonNode summary = root.path("summary");
        Status status;
        try {
            status = Status.valueOf(summary.path("status").asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a readiness JSON report: unknown status '"
                    + summary.path("status").asText() + "'", e);
        }
        List<Category> categories = new ArrayList<>();
        for (JsonNode category : root.path("categories")) {
            categories.add(new Category(category.path("id").asText(), category.path("name").asText(),
                    score(category.path("score"))));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : root.path("findings")) {
            String ruleId = finding.path("ruleId").asText();
            JsonNode first = finding.path("evidence").path(0);
            String location = first.isMissingNode() ? ""
                    : first.path("line").asInt() > 0 ? first.path("path").asText() + ":" + first.path("line").asInt()
                    : first.path("path").asText();
            findings.add(new Finding(ruleId, finding.path("severity").asText(), finding.path("title").asText(),
                    location, ReportFindings.places(ruleId, finding.path("evidence"))));
        }
        return new SavedReport(root.path("project").path("name").asText(), score(summary.path("score")),
                summary.path("grade").asText(""), status, summary.path("counts").path("P0").asInt(),
                summary.path("counts").path("P1").asInt(), List.copyOf(categories), List.copyOf(findings),
                ReportFindings.of(root));
    }

    private static OptionalInt score(JsonNode node) {
        return node.isInt() ? OptionalInt.of(node.asInt()) : OptionalInt.empty();
    }

    /** {@code 72/100 (C-)}, or {@code N/A}. */
    public String scoreText() {
        return score.isPresent() ? score.getAsInt() + "/100 (" + grade + ")" : "N/A";
    }
}
