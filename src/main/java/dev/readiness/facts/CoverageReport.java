package dev.readiness.facts;

import java.util.Locale;

/**
 * The line coverage a test run left on disk.
 *
 * @param path    relative to the root, {@code /}-separated
 * @param format  {@code jacoco}, {@code cobertura} (which coverage.py also writes) or {@code lcov}
 * @param covered lines executed by the tests
 * @param total   lines that could have been executed
 */
public record CoverageReport(String path, String format, long covered, long total) {

    /** Percentage of lines covered; 0 for a report that counts no lines. */
    public double percent() {
        return total == 0 ? 0 : 100.0 * covered / total;
    }

    /** {@code 40.4% of lines covered (97 of 240, jacoco)}. */
    public String summary() {
        return String.format(Locale.ROOT, "%.1f%% of lines covered (%d of %d, %s)", percent(), covered, total, format);
    }
}
