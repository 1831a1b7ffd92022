package dev.readiness.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the configuration and the baseline say about the open findings of an audit.
 *
 * @param suppressed suppressions by rule id of the findings they cover completely
 * @param existing   rule ids of the findings already in the baseline; empty when no baseline was given
 * @param warnings   suppressions that no longer hold or cannot apply, worded for the report
 */
public record Triage(Map<String, List<Suppression>> suppressed, Optional<Set<String>> existing, List<String> warnings) {

    public Triage {
        suppressed = Map.copyOf(suppressed);
        existing = existing.map(Set::copyOf);
        warnings = List.copyOf(warnings);
    }

    public static Triage none() {
        return new Triage(Map.of(), Optional.empty(), List.of());
    }

    /** {@code new} or {@code existing} against the baseline, absent when there is none. */
    public Optional<String> baseline(String ruleId) {
        return existing.map(ids -> ids.contains(ruleId) ? "existing" : "new");
    }
}
