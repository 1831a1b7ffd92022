package dev.readiness.report;

/**
 * Why a finding is not counted.
 *
 * @param source where the suppression is written: {@code path:line} of an inline comment, or the configuration entry
 */
public record Suppression(String reason, String source) {
}
