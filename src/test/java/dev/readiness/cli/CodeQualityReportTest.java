package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.report.AuditReport;
import dev.readiness.report.CodeQualityReportWriter;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.SarifReportWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GitLab Code Quality: the fields GitLab reads, one issue per finding, fingerprints shared with SARIF. */
class CodeQualityReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneIssuePerFindingWithTheFieldsGitLabReads() throws IOException {
        AuditReport report = Audits.audit("python-fastapi", 2);
        JsonNode issues = JSON.readTree(new CodeQualityReportWriter().write(report));
        JsonNode findings = JSON.readTree(new JsonReportWriter().write(report)).get("findings");

        assertTrue(issues.isArray());
        assertEquals(findings.size(), issues.size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            List<String> fields = new ArrayList<>();
            issue.fieldNames().forEachRemaining(fields::add);
            assertEquals(List.of("description", "check_name", "fingerprint", "severity", "location"), fields);
            assertTrue(Set.of("blocker", "critical", "major", "minor").contains(issue.get("severity").asText()));
            assertTrue(issue.get("location").get("lines").get("begin").asInt() >= 1, issue.toString());
            assertTrue(fingerprints.add(issue.get("fingerprint").asText()), "unique fingerprints");
        }
        assertEquals("{\"description\":\"Default or placeholder secret key. The secret used to sign tokens or "
                + "sessions is a framework default or a placeholder.\",\"check_name\":\"security.default-secret-key\","
                + "\"fingerprint\":\"" + sarifFingerprint(report, "security.default-secret-key") + "\","
                + "\"severity\":\"blocker\",\"location\":{\"path\":\".env\",\"lines\":{\"begin\":3}}}",
                issue(issues, "security.default-secret-key").toString());
        assertEquals("{\"path\":\".\",\"lines\":{\"begin\":1}}",
                issue(issues, "deployment.no-container").get("location").toString());
        assertEquals("critical", issue(issues, "deployment.no-container").get("severity").asText());
        assertEquals("major", issue(issues, "testing.low-ratio").get("severity").asText());
        assertEquals("minor", issue(issues, "auth.no-mfa").get("severity").asText());
    }

    private static String sarifFingerprint(AuditReport report, String ruleId) throws IOException {
        for (JsonNode result : JSON.readTree(new SarifReportWriter().write(report)).get("runs").get(0).get("results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result.get("partialFingerprints").get("readiness/v1").asText();
            }
        }
        throw new AssertionError("no SARIF result for " + ruleId);
    }

    private static JsonNode issue(JsonNode issues, String ruleId) {
        for (JsonNode issue : issues) {
            if (issue.get("check_name").asText().equals(ruleId)) {
                return issue;
            }
        }
        throw new AssertionError("no issue for " + ruleId);
    }
}
