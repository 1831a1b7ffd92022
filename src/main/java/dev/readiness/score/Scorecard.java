package dev.readiness.score;

import dev.readiness.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The scores of one audit.
 *
 * @param overall    absent when no category applies
 * @param openCounts failed or partial findings per severity (every severity present)
 */
public record Scorecard(OptionalInt overall, Status status, Map<Severity, Integer> openCounts,
                        List<CategoryScore> categories) {

    public Optional<String> grade() {
        return overall.isPresent() ? Optional.of(Grade.of(overall.getAsInt())) : Optional.empty();
    }
}
