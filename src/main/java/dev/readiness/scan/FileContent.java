package dev.readiness.scan;

import java.util.List;

/** What reading one file gave: its text, or why it was not read. */
public sealed interface FileContent {

    /** The decoded text, with what went wrong while decoding it (if anything). */
    record Text(String text, List<ScanWarning> warnings) implements FileContent {
        public Text {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The file was not read as text.
     *
     * @param warning what to tell the user, or null when the skip is expected (a binary file named as such)
     */
    record Skipped(String reason, ScanWarning warning) implements FileContent {
    }
}
