package dev.readiness.cli;

import dev.readiness.rules.Severity;
import dev.readiness.score.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CI gate: fails below a score ({@code --fail-under}) or on an open finding at or above a
 * severity ({@code --fail-on}). A repository where no category applies has no score to be under.
 *
 * @param newOnly the scorecard judged counts new findings only ({@code --new-only}); said in the reasons
 */
record Gate(Optional<Integer> failUnder, Optional<Severity> failOn, boolean newOnly) {

    /** The reasons the gate fails; empty when it holds. */
    List<String> failures(Scorecard scorecard) {
        List<String> reasons = new ArrayList<>();
        String scoreName = newOnly ? "score of new findings " : "score ";
        failUnder.ifPresent(min -> scorecard.overall().ifPresent(score -> {
            if (score < min) {
                reasons.add(scoreName + score + " is under --fail-under " + min);
            }
        }));
        failOn.ifPresent(level -> {
            int open = 0;
            for (Severity severity : Severity.values()) {
                if (severity.compareTo(level) <= 0) {
                    open += scorecard.openCounts().get(severity);
                }
            }
            if (open > 0) {
                reasons.add(open + (newOnly ? " new" : "") + " open finding" + (open == 1 ? "" : "s") + " at " + level
                        + " or above (--fail-on " + level + ")");
            }
        });
        return reasons;
    }
}
