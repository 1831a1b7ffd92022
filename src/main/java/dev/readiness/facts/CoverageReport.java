package dev.readiness.facts;

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
}
