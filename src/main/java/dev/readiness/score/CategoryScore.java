package dev.readiness.score;

import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One category's score: absent when the category does not apply (N/A is never 0 or 100).
 *
 * @param earned   Σ weight × credit over applicable rules
 * @param possible Σ weight over applicable rules
 */
public record CategoryScore(ModuleResult module, OptionalInt score, double earned, int possible,
                            int failed, int partial, int passed, Optional<String> topIssue) {

    public String id() {
        return module.module().id();
    }

    public String name() {
        return module.module().name();
    }

    public boolean applicable() {
        return score.isPresent();
    }

    public Optional<String> grade() {
        return score.isPresent() ? Optional.of(Grade.of(score.getAsInt())) : Optional.empty();
    }

    /**
     * Why the category is N/A, empty while it applies: the module's own reason, or, when the module applies but
     * none of its rules does, theirs.
     */
    public Optional<String> notApplicableReason() {
        if (applicable()) {
            return Optional.empty();
        }
        if (module.notApplicableReason().isPresent()) {
            return module.notApplicableReason();
        }
        String rules = module.results().stream()
                .map(r -> r.outcome() instanceof Outcome.NotApplicable na ? na.reason() : null)
                .filter(Objects::nonNull).distinct().collect(Collectors.joining("; "));
        return Optional.of("no rule applies" + (rules.isEmpty() ? "" : ": " + rules));
    }
}
