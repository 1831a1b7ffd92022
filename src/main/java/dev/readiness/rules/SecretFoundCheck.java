package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.secrets.Exposure;
import java.util.List;
import java.util.Set;

/** Holds when the scan found a credential whose exposure is one of the given ones. */
final class SecretFoundCheck implements Check {
    private final Set<Exposure> exposures;
    private final String description;

    SecretFoundCheck(Set<Exposure> exposures, String description) {
        this.exposures = Set.copyOf(exposures);
        this.description = description;
    }

    @Override
    public Match evaluate(AuditFacts facts) {
        List<Evidence> evidence = facts.inventory().secrets().findings().stream()
                .filter(f -> exposures.contains(f.exposure()))
                .map(f -> new Evidence(f.path(), f.line(), f.snippet()))
                .toList();
        return Match.found(evidence);
    }

    @Override
    public String describe() {
        return description;
    }
}
