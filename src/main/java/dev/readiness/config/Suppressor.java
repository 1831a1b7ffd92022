package dev.readiness.config;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.InlineSuppression;
import dev.readiness.report.Suppression;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies inline and configured suppressions to the open findings. A finding is suppressed when every place it
 * points at is covered (places a partial finding shows as already passing do not count); when only some are, the covered places leave its evidence and the rest stay open, so a
 * suppression never hides a place nobody looked at. A finding with no place can only be suppressed by a configured
 * suppression without a path.
 */
public final class Suppressor {
    private final List<ConfigSuppression> configured;
    private final Set<String> ruleIds;
    private final LocalDate today;

    /**
     * @param ruleIds every rule id, to warn about inline comments that name none
     * @param today   configured suppressions that expired before this day no longer suppress
     */
    public Suppressor(List<ConfigSuppression> configured, Set<String> ruleIds, LocalDate today) {
        this.configured = List.copyOf(configured);
        this.ruleIds = Set.copyOf(ruleIds);
        this.today = today;
    }

    /**
     * @param modules every module's results, suppressed findings still open
     * @param suppressed  suppressions by rule id of the findings covered completely
     * @param warnings    expired suppressions and comments that name no rule
     */
    public record Result(List<ModuleResult> modules, Map<String, List<Suppression>> suppressed, List<String> warnings) {
    }

    public Result apply(List<ModuleResult> modules, List<InlineSuppression> inline) {
        List<String> warnings = new ArrayList<>();
        List<ConfigSuppression> active = new ArrayList<>();
        for (ConfigSuppression suppression : configured) {
            if (suppression.expiredOn(today)) {
                warnings.add(suppression.where() + ": the suppression of " + suppression.ruleId() + " expired on "
                        + suppression.expires().orElseThrow() + ", so its findings count again");
            } else {
                active.add(suppression);
            }
        }
        for (InlineSuppression comment : inline) {
            if (!ruleIds.contains(comment.ruleId())) {
                warnings.add(comment.path() + ":" + comment.line() + ": readiness:ignore names no known rule '"
                        + comment.ruleId() + "'");
            }
        }
        Map<String, List<Suppression>> suppressed = new LinkedHashMap<>();
        List<ModuleResult> result = new ArrayList<>();
        for (ModuleResult module : modules) {
            List<RuleResult> results = new ArrayList<>();
            for (RuleResult rule : module.results()) {
                results.add(rule.open() ? triage(rule, active, inline, suppressed) : rule);
            }
            result.add(new ModuleResult(module.module(), module.notApplicableReason(), List.copyOf(results)));
        }
        return new Result(List.copyOf(result), suppressed, warnings);
    }

    private static RuleResult triage(RuleResult result, List<ConfigSuppression> active, List<InlineSuppression> inline,
                                     Map<String, List<Suppression>> suppressed) {
        String ruleId = result.rule().id();
        // what already passes (a per-file rule's covered files) is shown with the finding but is nothing to suppress
        List<Evidence> passing = result.outcome() instanceof Outcome.Partial partial ? partial.passing() : List.of();
        List<Evidence> evidence = result.outcome().evidence().stream().filter(e -> !passing.contains(e)).toList();
        if (evidence.isEmpty()) {
            active.stream().filter(s -> s.ruleId().equals(ruleId) && s.path().isEmpty()).findFirst()
                    .ifPresent(s -> suppressed.put(ruleId, List.of(new Suppression(s.reason(), s.where(), false))));
            return result;
        }
        Set<Suppression> by = new LinkedHashSet<>();
        List<Evidence> uncovered = new ArrayList<>();
        for (Evidence place : evidence) {
            Optional<Suppression> covering = covering(ruleId, place, active, inline);
            covering.ifPresent(by::add);
            if (covering.isEmpty()) {
                uncovered.add(place);
            }
        }
        if (uncovered.isEmpty()) {
            suppressed.put(ruleId, List.copyOf(by));
            return result;
        }
        if (uncovered.size() == evidence.size()) {
            return result;
        }
        List<Evidence> kept = new ArrayList<>(uncovered);
        kept.addAll(passing);
        Outcome narrowed = result.outcome() instanceof Outcome.Partial
                ? new Outcome.Partial(kept, passing) : new Outcome.Failed(List.copyOf(uncovered));
        return new RuleResult(result.rule(), narrowed);
    }

    private static Optional<Suppression> covering(String ruleId, Evidence place, List<ConfigSuppression> active,
                                                  List<InlineSuppression> inline) {
        for (InlineSuppression comment : inline) {
            if (comment.covers(ruleId, place.path(), place.line())) {
                return Optional.of(new Suppression(comment.reason(), comment.path() + ":" + comment.line(), true));
            }
        }
        for (ConfigSuppression suppression : active) {
            if (suppression.covers(ruleId, place.path())) {
                return Optional.of(new Suppression(suppression.reason(), suppression.where(), false));
            }
        }
        return Optional.empty();
    }
}
