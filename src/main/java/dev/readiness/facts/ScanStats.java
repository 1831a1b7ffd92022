package dev.readiness.facts;

/**
 * Counts of one scan.
 *
 * @param files   files read and analysed
 * @param bytes   bytes read
 * @param skipped files passed over (binary, oversized, links, special files)
 * @param ignored files excluded by ignore files or default excludes
 */
public record ScanStats(int files, long bytes, int skipped, int ignored) {
}
