package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.readiness.facts.Evidence;
import dev.readiness.rules.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingFingerprintTest {

    @Test
    void survivesTheLineMovingButNotTheSnippetOrFileChanging() {
        String original = FindingFingerprint.of(finding("security.cors-wildcard", new Evidence("app/main.py", 12, "allow_origins=[\"*\"]")));

        assertEquals(original, FindingFingerprint.of(finding("security.cors-wildcard",
                new Evidence("app/main.py", 40, "allow_origins=[\"*\"]"))));
        assertNotEquals(original, FindingFingerprint.of(finding("security.cors-wildcard",
                new Evidence("app/main.py", 12, "allow_origins=[\"https://a.example\", \"*\"]"))));
        assertNotEquals(original, FindingFingerprint.of(finding("security.cors-wildcard",
                new Evidence("app/server.py", 12, "allow_origins=[\"*\"]"))));
        assertNotEquals(original, FindingFingerprint.of(finding("security.debug-enabled",
                new Evidence("app/main.py", 12, "allow_origins=[\"*\"]"))));
    }

    @Test
    void aFindingWithoutEvidenceIsFingerprintedAtTheRoot() {
        assertEquals(FindingFingerprint.of(finding("deployment.no-container", Evidence.ofFile("."))),
                FindingFingerprint.of(new Finding("deployment.no-container", "deployment", "Deployment", Severity.P1,
                        "fail", "No container image definition", "", "", List.of(), List.of(), List.of(), 2)));
    }

    static Finding finding(String ruleId, Evidence evidence) {
        return new Finding(ruleId, ruleId.substring(0, ruleId.indexOf('.')), "Category", Severity.P1, "fail",
                "Title", "Impact", "State", List.of(evidence), List.of("Fix it"), List.of(), 1);
    }
}
