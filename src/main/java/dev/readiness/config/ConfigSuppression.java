package dev.readiness.config;

import dev.readiness.scan.PathGlob;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A suppression written in {@code .readiness.yml}.
 *
 * @param path    the files it covers; absent means every finding of the rule, also those with no file
 * @param where   {@code file:line:column} of the entry, shown next to the reason
 */
public record ConfigSuppression(String ruleId, Optional<PathGlob> path, String reason, Optional<LocalDate> expires,
                                String where) {

    /** Expired on {@code today} when the expiry date is before it; a suppression still holds on its last day. */
    public boolean expiredOn(LocalDate today) {
        return expires.isPresent() && expires.get().isBefore(today);
    }

    public boolean covers(String findingRuleId, String findingPath) {
        return ruleId.equals(findingRuleId) && (path.isEmpty() || path.get().matches(findingPath));
    }
}
