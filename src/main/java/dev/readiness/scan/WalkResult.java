package dev.readiness.scan;

import java.util.List;

/**
 * What a walk kept and what it left out.
 *
 * @param files    the files to read, sorted by path
 * @param skipped  paths left out for what they are: links, non-regular files, oversized or binary files
 * @param ignored  paths left out by ignore rules; an ignored folder counts once, its content is not visited
 * @param warnings sorted; one per skip the user should know about
 */
public record WalkResult(List<FileEntry> files, int skipped, int ignored, List<ScanWarning> warnings) {

    public WalkResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
