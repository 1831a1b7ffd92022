package dev.readiness.scan;

import java.util.List;

/**
 * How the repository is walked.
 *
 * @param maxFileBytes     files larger than this are skipped with a warning
 * @param extraIgnoreGlobs more ignore patterns, in {@code .gitignore} line syntax relative to the root; they
 *                         override every ignore file in the repository
 */
public record ScanOptions(long maxFileBytes, List<String> extraIgnoreGlobs) {

    private static final long DEFAULT_MAX_FILE_BYTES = 2L * 1024 * 1024;

    public ScanOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        extraIgnoreGlobs = List.copyOf(extraIgnoreGlobs);
    }

    public static ScanOptions defaults() {
        return new ScanOptions(DEFAULT_MAX_FILE_BYTES, List.of());
    }
}
