package dev.readiness.report;

/**
 * Why a finding is not counted.
 *
 * @param source   where the suppression is written: {@code path:line} of an inline comment, or the configuration entry
 * @param inSource written as a comment in the audited code (SARIF's {@code inSource}), not in the configuration
 */
public record Suppression(String reason, String source, boolean inSource) {
}
