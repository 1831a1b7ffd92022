package dev.readiness.rules;

import java.util.List;
import java.util.Optional;

/**
 * A module's rules evaluated.
 *
 * @param notApplicableReason present when the whole module does not apply, saying which signal was missing
 */
public record ModuleResult(RuleModule module, Optional<String> notApplicableReason, List<RuleResult> results) {

    public boolean applicable() {
        return notApplicableReason.isEmpty();
    }
}
