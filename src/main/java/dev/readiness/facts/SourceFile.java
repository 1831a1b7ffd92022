package dev.readiness.facts;

import dev.readiness.facts.source.LineIndex;
import dev.readiness.scan.FileEntry;

/**
 * A file's entry together with its decoded text; lives only while that file's facts are taken, by one thread.
 * What several readers need of the text is worked out once and kept here for all of them.
 */
public final class SourceFile {
    private final FileEntry entry;
    private final String text;
    private LineIndex lines;

    public SourceFile(FileEntry entry, String text) {
        this.entry = entry;
        this.text = text;
    }

    public FileEntry entry() {
        return entry;
    }

    public String text() {
        return text;
    }

    public String path() {
        return entry.path();
    }

    /** Where the text's lines start, found on first use. */
    public LineIndex lines() {
        if (lines == null) {
            lines = LineIndex.of(text);
        }
        return lines;
    }
}
