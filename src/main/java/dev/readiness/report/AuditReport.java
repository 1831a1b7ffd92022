package dev.readiness.report;

import dev.readiness.facts.Inventory;
import dev.readiness.facts.Stack;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.RuleSet;
import dev.readiness.score.Scorecard;
import java.time.Instant;
import java.util.List;

/**
 * Everything one audit produced; what every output format is rendered from.
 *
 * @param modules   every rule's result, suppressed findings still open
 * @param scorecard scored with suppressed findings counted as passed
 */
public record AuditReport(String projectName, String root, Instant generatedAt, String toolVersion,
                          RuleSet rules, Inventory inventory, Stack stack, List<ModuleResult> modules,
                          Scorecard scorecard, long durationMs, Triage triage) {

    /** An audit with no suppressions and no baseline. */
    public AuditReport(String projectName, String root, Instant generatedAt, String toolVersion, RuleSet rules,
                       Inventory inventory, Stack stack, List<ModuleResult> modules, Scorecard scorecard,
                       long durationMs) {
        this(projectName, root, generatedAt, toolVersion, rules, inventory, stack, modules, scorecard, durationMs,
                Triage.none());
    }
}
