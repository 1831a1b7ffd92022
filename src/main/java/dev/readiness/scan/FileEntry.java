package dev.readiness.scan;

import java.nio.file.Path;

/**
 * A regular file inside the scanned root that the walk decided to read.
 *
 * @param path     relative to the root, {@code /}-separated
 * @param absolute where to read it from
 * @param size     size in bytes when walked
 */
public record FileEntry(String path, Path absolute, long size, Language language, FileRole role) {

    /** The last segment of {@link #path()}. */
    public String fileName() {
        return fileNameOf(path);
    }

    /** The last segment of a relative, {@code /}-separated path. */
    public static String fileNameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
