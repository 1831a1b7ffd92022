package dev.readiness.report;

import dev.readiness.facts.Evidence;
import dev.readiness.rules.Severity;
import java.util.Comparator;
import java.util.List;

/**
 * An open (failed or partial) rule as every output shows it.
 *
 * @param state        {@code fail} or {@code partial}
 * @param currentState the rule's sentence for this outcome
 * @param install      install commands or snippets for this repository's ecosystems
 */
record Finding(String ruleId, String category, String categoryName, Severity severity, String state,
               String title, String impact, String currentState, List<Evidence> evidence, List<String> actions,
               List<InstallCommand> install, double effortHours) {

    /** The install commands as plain text, for formats without code fences. */
    List<String> commands() {
        return install.stream().map(InstallCommand::text).toList();
    }

    /** Severity, category, rule id, then the first evidence's path and line, as DESIGN.md fixes it. */
    static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::category).thenComparing(Finding::ruleId)
            .thenComparing(f -> f.evidence().isEmpty() ? "" : f.evidence().get(0).path())
            .thenComparingInt(f -> f.evidence().isEmpty() ? 0 : f.evidence().get(0).line());
}
