package dev.readiness.facts;

/**
 * A {@code readiness:ignore RULE_ID reason} comment in a scanned file. It covers a finding on its own line
 * and on the line below, so it can sit at the end of the offending line or on a line of its own above it.
 *
 * @param line 1-based line of the comment
 */
public record InlineSuppression(String ruleId, String reason, String path, int line) {

    /** Whether a finding of {@code ruleId} at {@code path:findingLine} is covered. */
    public boolean covers(String findingRuleId, String findingPath, int findingLine) {
        return ruleId.equals(findingRuleId) && path.equals(findingPath)
                && (findingLine == line || findingLine == line + 1);
    }
}
