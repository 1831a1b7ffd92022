package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.CoverageReport;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.Inventory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverageBelowTest {

    @Test
    void reportsAreTakenTogetherAndEachIsShown() {
        Match match = new Condition.CoverageBelow(60).evaluate(facts(List.of(
                new CoverageReport("coverage.xml", "cobertura", 50, 100),
                new CoverageReport("web/coverage/lcov.info", "lcov", 30, 100))));
        assertTrue(match.holds());
        assertEquals(List.of(
                new Evidence(".", 0, "40.0% of 200 lines covered in all; at least 60% expected"),
                new Evidence("coverage.xml", 0, "50.0% of lines covered (50 of 100, cobertura)"),
                new Evidence("web/coverage/lcov.info", 0, "30.0% of lines covered (30 of 100, lcov)")),
                match.evidence());
    }

    @Test
    void theThresholdItselfIsEnoughAndNoReportIsNoFinding() {
        assertFalse(new Condition.CoverageBelow(60).evaluate(
                facts(List.of(new CoverageReport("jacoco.xml", "jacoco", 60, 100)))).holds());
        assertTrue(new Condition.CoverageBelow(60.5).evaluate(
                facts(List.of(new CoverageReport("jacoco.xml", "jacoco", 60, 100)))).holds());
        assertFalse(new Condition.CoverageBelow(60).evaluate(facts(List.of())).holds());
        assertEquals("line coverage below 60.5%", new Condition.CoverageBelow(60.5).describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "sixty", "-5"})
    void aThresholdOutsideOneToHundredIsARuleFileError(String threshold) {
        YamlFileException error = assertThrows(YamlFileException.class, () -> new RuleLoader(BuiltInChecks.all())
                .load(Map.of("stack.yml", RuleLoaderTest.STACK, "testing.yml", """
                        module: testing
                        rules:
                          - id: testing.x
                            title: X
                            severity: P1
                            fails-when: {coverage-below: '%s'}
                        """.formatted(threshold)), "test"));
        assertTrue(error.getMessage().contains("'coverage-below' takes a percentage above 0 and at most 100, not '"
                + threshold + "'"), error.getMessage());
    }

    private static AuditFacts facts(List<CoverageReport> coverage) {
        return new AuditFacts(Inventory.builder().coverage(coverage).build(), null);
    }
}
