package dev.readiness.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The open findings of a JSON report by rule id, each as the fingerprints of its places. What a baseline and a
 * diff compare: a finding of the newer report matches when the older one had the same rule open and every place
 * of it, whatever lines they moved to.
 */
public final class ReportFindings {
    private final Map<String, Set<String>> fingerprints;

    private ReportFindings(Map<String, Set<String>> fingerprints) {
        this.fingerprints = fingerprints;
    }

    /** @throws IllegalArgumentException when {@code report} is not a readiness JSON report */
    public static ReportFindings of(JsonNode report) {
        JsonNode findings = report.path("findings");
        if (!findings.isArray()) {
            throw new IllegalArgumentException("not a readiness JSON report: it has no \"findings\" list");
        }
        Map<String, Set<String>> fingerprints = new LinkedHashMap<>();
        for (JsonNode finding : findings) {
            String ruleId = text(finding, "ruleId");
            fingerprints.computeIfAbsent(ruleId, k -> new TreeSet<>()).addAll(places(ruleId, finding.path("evidence")));
        }
        return new ReportFindings(fingerprints);
    }

    /** The fingerprints of a JSON finding's evidence. */
    public static List<String> places(String ruleId, JsonNode evidence) {
        List<String> places = new ArrayList<>();
        for (JsonNode place : evidence) {
            places.add(Fingerprint.of(ruleId, text(place, "path"), place.path("snippet").asText("")));
        }
        return places;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("not a readiness JSON report: a finding has no \"" + field + "\" text");
        }
        return value.asText();
    }

    /** Whether this report has the finding of {@code ruleId} open at every one of {@code places}. */
    public boolean covers(String ruleId, List<String> places) {
        Set<String> known = fingerprints.get(ruleId);
        return known != null && known.containsAll(places);
    }

    public boolean isOpen(String ruleId) {
        return fingerprints.containsKey(ruleId);
    }
}
