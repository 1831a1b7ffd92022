package dev.readiness.score;

import dev.readiness.rules.ModuleResult;
import java.util.Optional;
import java.util.OptionalInt;

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
}
