package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readiness.report.AuditReport;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.SarifReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF log validated against the SARIF 2.1.0 schema, and what code-scanning services read from it. */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("dev.readiness.cli.FixtureAuditTest#fixtures")
    void everyFixtureGivesAValidSarifLog(String fixture) throws IOException {
        JsonNode log = JSON.readTree(new SarifReportWriter().write(Audits.audit(fixture, 2)));

        assertEquals(Set.of(), schema().validate(log));
    }

    @Test
    void theSchemaRejectsABrokenLog() throws IOException {
        ObjectNode log = (ObjectNode) JSON.readTree(new SarifReportWriter().write(Audits.audit("java-library", 2)));
        log.put("version", "2.0.0");
        ((ObjectNode) log.get("runs").get(0).get("tool").get("driver")).remove("name");

        assertEquals(2, schema().validate(log).size());
    }

    @Test
    void everyRuleIsDescribedAndEveryFindingIsAResult() throws IOException {
        AuditReport report = Audits.audit("python-fastapi", 2);
        JsonNode run = JSON.readTree(new SarifReportWriter().write(report)).get("runs").get(0);
        JsonNode findings = JSON.readTree(new JsonReportWriter().write(report)).get("findings");

        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertEquals(report.rules().rules().stream().map(r -> r.id()).toList(), texts(rules, "id"));
        assertEquals(texts(findings, "ruleId"), texts(run.get("results"), "ruleId"));
        for (JsonNode result : run.get("results")) {
            assertEquals(result.get("ruleId"), rules.get(result.get("ruleIndex").asInt()).get("id"));
        }
        JsonNode secret = rule(rules, "security.default-secret-key");
        assertEquals("SecurityDefaultSecretKey", secret.get("name").asText());
        assertEquals("Default or placeholder secret key", secret.get("shortDescription").get("text").asText());
        assertEquals("[\"security\",\"P0\"]", secret.get("properties").get("tags").toString());
        assertEquals("9.5", secret.get("properties").get("security-severity").asText());
        assertTrue(secret.get("help").get("text").asText().contains("\n\nRequired actions:\n- "), secret.toString());
        assertFalse(rule(rules, "payments.no-processor").get("properties").has("security-severity"));
        assertTrue(rule(rules, "payments.no-processor").get("help").get("markdown").asText()
                .contains("```bash\npip install stripe\n```"));
    }

    @Test
    void resultsCarryLevelMessageLocationsAndFingerprint() throws IOException {
        JsonNode run = JSON.readTree(new SarifReportWriter().write(Audits.audit("python-fastapi", 2))).get("runs").get(0);

        JsonNode secret = result(run, "security.default-secret-key");
        assertEquals("error", secret.get("level").asText());
        assertEquals("Default or placeholder secret key. The secret used to sign tokens or sessions is a framework "
                + "default or a placeholder.", secret.get("message").get("text").asText());
        JsonNode first = secret.get("locations").get(0).get("physicalLocation");
        assertEquals(".env", first.get("artifactLocation").get("uri").asText());
        assertEquals("%SRCROOT%", first.get("artifactLocation").get("uriBaseId").asText());
        assertEquals(3, first.get("region").get("startLine").asInt());
        assertEquals("SECRET_KEY=your…(36)", first.get("region").get("snippet").get("text").asText());
        assertEquals(64, secret.get("partialFingerprints").get("readiness/v1").asText().length());

        JsonNode noContainer = result(run, "deployment.no-container").get("locations");
        assertEquals(1, noContainer.size());
        assertEquals(".", noContainer.get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertFalse(noContainer.get(0).get("physicalLocation").has("region"), "the root has no line");

        assertEquals("warning", result(run, "testing.low-ratio").get("level").asText());
        assertTrue(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText().endsWith("/python-fastapi/"));
    }

    @Test
    void fingerprintsAreTheSameOnEveryRun() throws IOException {
        assertEquals(fingerprints(Audits.audit("node-api", 1)), fingerprints(Audits.audit("node-api", 4)));
    }

    private static List<String> fingerprints(AuditReport report) throws IOException {
        List<String> fingerprints = new ArrayList<>();
        JSON.readTree(new SarifReportWriter().write(report)).get("runs").get(0).get("results")
                .forEach(r -> fingerprints.add(r.get("partialFingerprints").get("readiness/v1").asText()));
        assertEquals(fingerprints.size(), Set.copyOf(fingerprints).size(), "one fingerprint per finding");
        return fingerprints;
    }

    private static JsonSchema schema() throws IOException {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schemas/sarif-2.1.0-rtm.5.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    private static JsonNode rule(JsonNode rules, String id) {
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private static JsonNode result(JsonNode run, String ruleId) {
        for (JsonNode result : run.get("results")) {
            if (result.get("ruleId").asText().equals(ruleId)) {
                return result;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.get(field).asText()));
        return texts;
    }
}
