package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import java.util.List;

/** Holds when the git history holds a secret that the tree no longer does. */
final class SecretInHistoryCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        List<Evidence> evidence = facts.inventory().secrets().history().stream()
                .map(h -> new Evidence(h.finding().path(), h.finding().line(), h.snippet()))
                .toList();
        return Match.found(evidence);
    }

    @Override
    public String describe() {
        return "a secret removed from the tree that is still in a commit";
    }
}
