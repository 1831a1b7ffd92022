package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Applies every module of a rule set to the facts of one repository. */
public final class RuleEvaluator {
    private final RuleSet rules;

    public RuleEvaluator(RuleSet rules) {
        this.rules = rules;
    }

    public List<ModuleResult> evaluate(AuditFacts facts) {
        List<ModuleResult> results = new ArrayList<>();
        PerFileJudge perFile = null;
        for (RuleModule module : rules.modules()) {
            Match moduleApplies = module.appliesWhen().map(c -> c.evaluate(facts)).orElse(new Match(true, List.of()));
            if (!moduleApplies.holds()) {
                String reason = module.appliesWhen().orElseThrow().unmet(facts);
                List<RuleResult> notApplicable = module.rules().stream()
                        .map(r -> new RuleResult(r, new Outcome.NotApplicable(reason))).toList();
                results.add(new ModuleResult(module, Optional.of(reason), notApplicable));
                continue;
            }
            List<RuleResult> ruleResults = new ArrayList<>();
            for (Rule rule : module.rules()) {
                if (rule.scope() == RuleScope.FILE && perFile == null) {
                    perFile = new PerFileJudge(facts);
                }
                Outcome outcome = rule.scope() == RuleScope.FILE ? perFile.judge(rule)
                        : outcome(rule, facts, moduleApplies);
                ruleResults.add(new RuleResult(rule, outcome));
            }
            results.add(new ModuleResult(module, Optional.empty(), List.copyOf(ruleResults)));
        }
        return List.copyOf(results);
    }

    /**
     * A failure of a {@code passes-when} rule has no evidence of its own (the thing is missing), so it
     * shows why the rule applies instead: the billing table that makes a missing payment SDK matter.
     */
    static Outcome outcome(Rule rule, AuditFacts facts, Match moduleApplies) {
        Match applies = rule.appliesWhen().map(c -> c.evaluate(facts)).orElse(moduleApplies);
        if (!applies.holds()) {
            return new Outcome.NotApplicable(rule.appliesWhen().orElseThrow().unmet(facts));
        }
        Match main = rule.condition().evaluate(facts);
        Optional<Match> partial = rule.partialWhen().map(c -> c.evaluate(facts));
        boolean isPartial = partial.map(Match::holds).orElse(false);
        if (rule.polarity() == Polarity.PASSES_WHEN) {
            if (main.holds()) {
                return new Outcome.Passed(main.evidence());
            }
            if (isPartial) {
                return new Outcome.Partial(merge(partial.get().evidence(), main.evidence()));
            }
            return new Outcome.Failed(merge(main.evidence(), applies.evidence()));
        }
        if (main.holds()) {
            return new Outcome.Failed(main.evidence());
        }
        if (isPartial) {
            return new Outcome.Partial(partial.get().evidence());
        }
        return new Outcome.Passed(List.of());
    }

    private static List<Evidence> merge(List<Evidence> first, List<Evidence> second) {
        List<Evidence> all = new ArrayList<>(first);
        all.addAll(second);
        return Match.of(true, all).evidence();
    }
}
