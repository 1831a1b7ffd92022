package dev.readiness.config;

import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.util.List;
import java.util.Set;

/**
 * Results as the score and the gate judge them: a finding that is accepted (suppressed, or existing when only new
 * findings count) is scored as a pass, so accepting debt never makes a category N/A or moves its weight.
 */
public final class AcceptedFindings {

    private AcceptedFindings() {
    }

    public static List<ModuleResult> asPassed(List<ModuleResult> modules, Set<String> accepted) {
        return modules.stream().map(m -> new ModuleResult(m.module(), m.notApplicableReason(), m.results().stream()
                .map(r -> r.open() && accepted.contains(r.rule().id())
                        ? new RuleResult(r.rule(), new Outcome.Passed(r.outcome().evidence())) : r)
                .toList())).toList();
    }
}
