package dev.readiness.report;

import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.RuleStates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The findings, passes and environment of an audit, worked out once for every output format. */
record ReportContent(List<Finding> findings, List<PassedRule> passed, EnvironmentSummary environment,
                     List<SuppressedFinding> suppressed) {

    static ReportContent of(AuditReport report) {
        InstallCommands install = new InstallCommands(report.rules().stack().installTemplates());
        List<Finding> findings = new ArrayList<>();
        List<PassedRule> passed = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        for (ModuleResult module : report.modules()) {
            for (RuleResult result : module.results()) {
                var rule = result.rule();
                RuleStates states = rule.states();
                if (result.outcome() instanceof Outcome.Passed pass) {
                    passed.add(new PassedRule(rule.id(), rule.module(), rule.title(), states.pass(), pass.evidence()));
                } else if (result.open()) {
                    boolean partial = result.outcome() instanceof Outcome.Partial;
                    Finding finding = new Finding(rule.id(), rule.module(), module.module().name(), rule.severity(),
                            partial ? "partial" : "fail", rule.title(), rule.impact(),
                            partial ? states.partial() : states.fail(), result.outcome().evidence(),
                            rule.actions(), install.forRule(rule, report.stack()), rule.effortHours());
                    List<Suppression> by = report.triage().suppressed().get(rule.id());
                    if (by == null) {
                        findings.add(finding);
                    } else {
                        suppressed.add(new SuppressedFinding(finding, by));
                    }
                }
            }
        }
        findings.sort(Finding.ORDER);
        passed.sort(Comparator.comparing(PassedRule::category).thenComparing(PassedRule::ruleId));
        suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
        return new ReportContent(List.copyOf(findings), List.copyOf(passed), EnvironmentSummary.of(report.inventory()),
                List.copyOf(suppressed));
    }
}
