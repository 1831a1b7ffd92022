package dev.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.facts.Evidence;

/**
 * GitLab's Code Quality report (the Code Climate issue subset GitLab reads): one issue per finding, on
 * its first place, which merge requests show as new or resolved by comparing fingerprints.
 */
public final class CodeQualityReportWriter {

    public String write(AuditReport report) {
        ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        for (Finding finding : ReportContent.of(report).findings()) {
            Evidence place = FindingPlaces.orRoot(finding).get(0);
            ObjectNode issue = issues.addObject();
            issue.put("description", FindingMessage.of(finding));
            issue.put("check_name", finding.ruleId());
            issue.put("fingerprint", FindingFingerprint.of(finding));
            issue.put("severity", switch (finding.severity()) {
                case P0 -> "blocker";
                case P1 -> "critical";
                case P2 -> "major";
                case P3 -> "minor";
            });
            ObjectNode location = issue.putObject("location");
            location.put("path", place.path());
            // GitLab requires a line; a claim about a whole file or the repository points at its first
            location.putObject("lines").put("begin", Math.max(place.line(), 1));
        }
        return JsonText.of(issues);
    }
}
