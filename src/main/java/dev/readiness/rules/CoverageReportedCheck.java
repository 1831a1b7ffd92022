package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import java.util.List;

/** Holds when a test run left a coverage report at one of the well-known paths. */
final class CoverageReportedCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        List<Evidence> reports = facts.inventory().coverage().stream()
                .map(r -> new Evidence(r.path(), 0, r.summary())).toList();
        return Match.found(reports);
    }

    @Override
    public String describe() {
        return "coverage reports on disk (jacoco.xml, coverage.xml, cobertura.xml, lcov.info)";
    }
}
