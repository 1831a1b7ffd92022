package dev.readiness.scan;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The wording of scan warnings shared by the walk and the reader, so that the report reads the same. */
final class ScanMessages {

    private ScanMessages() {
    }

    static String overLimit(long size, long limit) {
        return "skipped: " + new ByteSize(size) + " is over the " + new ByteSize(limit) + " limit";
    }

    /** The cause alone: the warning already names the path, so the exception's copy of it is left out. */
    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
