package dev.readiness.rules;

import dev.readiness.facts.CoverageReport;
import dev.readiness.facts.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Holds when the coverage reports on disk, taken together, cover less than 60% of the lines. The threshold is a
 * constant because {@code check: NAME} takes no arguments; 60% is the floor most CI gates start from.
 */
final class CoverageBelowCheck implements Check {
    private static final double MIN_PERCENT = 60.0;

    @Override
    public Match evaluate(AuditFacts facts) {
        List<CoverageReport> reports = facts.inventory().coverage();
        long covered = 0;
        long total = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (CoverageReport report : reports) {
            covered += report.covered();
            total += report.total();
            evidence.add(evidence(report));
        }
        if (total == 0) {
            return new Match(false, evidence);
        }
        double percent = 100.0 * covered / total;
        if (reports.size() > 1) {
            evidence.add(new Evidence(".", 0, "together: " + summary(percent, covered, total)));
        }
        return new Match(percent < MIN_PERCENT, evidence);
    }

    /** The same for both coverage checks, so a failure does not list each report twice. */
    static Evidence evidence(CoverageReport report) {
        return new Evidence(report.path(), 0, summary(report.percent(), report.covered(), report.total())
                + " (" + report.format() + ")");
    }

    private static String summary(double percent, long covered, long total) {
        return String.format(Locale.ROOT, "%.1f%% of lines covered (%d of %d; at least %.0f%% expected)",
                percent, covered, total, MIN_PERCENT);
    }

    @Override
    public String describe() {
        return "line coverage below 60%";
    }
}
