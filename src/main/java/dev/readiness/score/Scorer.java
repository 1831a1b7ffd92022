package dev.readiness.score;

import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The scoring model. Category score = round(100 × Σ weight·credit / Σ weight) over its applicable
 * rules, with credit 1 for a pass, ½ for partial, 0 for a fail. Overall = round(Σ wᶜ·scoreᶜ / Σ wᶜ)
 * over applicable categories, using the rounded category scores a reader sees, so the table adds up.
 * Rounding is half up.
 */
public final class Scorer {
    private final Map<String, Double> categoryWeights;

    /** @param categoryWeights overrides of module weights by category id */
    public Scorer(Map<String, Double> categoryWeights) {
        this.categoryWeights = Map.copyOf(categoryWeights);
    }

    public Scorecard score(List<ModuleResult> modules) {
        List<CategoryScore> categories = new ArrayList<>();
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            open.put(severity, 0);
        }
        double weightedSum = 0;
        double weightTotal = 0;
        for (ModuleResult module : modules) {
            CategoryScore category = category(module);
            categories.add(category);
            module.results().stream().filter(RuleResult::open)
                    .forEach(r -> open.merge(r.rule().severity(), 1, Integer::sum));
            if (category.applicable()) {
                double weight = categoryWeights.getOrDefault(category.id(), module.module().weight());
                weightedSum += weight * category.score().getAsInt();
                weightTotal += weight;
            }
        }
        OptionalInt overall = weightTotal > 0 ? OptionalInt.of(roundHalfUp(weightedSum / weightTotal)) : OptionalInt.empty();
        Status status = open.get(Severity.P0) > 0 ? Status.NOT_READY
                : open.get(Severity.P1) > 0 ? Status.CONDITIONAL : Status.READY;
        return new Scorecard(overall, status, Map.copyOf(open), List.copyOf(categories));
    }

    static CategoryScore category(ModuleResult module) {
        double earned = 0;
        int possible = 0;
        int failed = 0;
        int partial = 0;
        int passed = 0;
        for (RuleResult result : module.results()) {
            if (!result.applicable()) {
                continue;
            }
            int weight = result.rule().weight();
            earned += weight * result.outcome().credit();
            possible += weight;
            if (result.outcome() instanceof Outcome.Failed) {
                failed++;
            } else if (result.outcome() instanceof Outcome.Partial) {
                partial++;
            } else {
                passed++;
            }
        }
        OptionalInt score = module.applicable() && possible > 0
                ? OptionalInt.of(roundHalfUp(100 * earned / possible)) : OptionalInt.empty();
        Optional<String> topIssue = module.results().stream().filter(RuleResult::open)
                .min(Comparator.comparing((RuleResult r) -> r.rule().severity())
                        .thenComparing(r -> r.outcome() instanceof Outcome.Partial)
                        .thenComparing(r -> r.rule().id()))
                .map(r -> r.rule().title());
        return new CategoryScore(module, score, earned, possible, failed, partial, passed, topIssue);
    }

    /** Half up through BigDecimal, so 86.5 becomes 87 whatever the binary fraction of the double. */
    static int roundHalfUp(double value) {
        return BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
