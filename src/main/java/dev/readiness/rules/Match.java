package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Whether a condition holds, and the places that show it (or, for a negation, the places that
 * made it fail). Evidence is sorted, without duplicates, and capped so one noisy pattern cannot
 * swamp a report.
 */
public record Match(boolean holds, List<Evidence> evidence) {
    static final int MAX_EVIDENCE = 25;

    public Match {
        evidence = List.copyOf(evidence);
    }

    static Match of(boolean holds, Collection<Evidence> evidence) {
        return new Match(holds, new TreeSet<>(evidence).stream().limit(MAX_EVIDENCE).toList());
    }

    static Match found(Collection<Evidence> evidence) {
        return of(!evidence.isEmpty(), evidence);
    }
}
