package dev.readiness.facts;

import dev.readiness.scan.FileEntry;

/** A file's entry together with its decoded text; lives only while that file's facts are taken. */
public record SourceFile(FileEntry entry, String text) {

    public String path() {
        return entry.path();
    }
}
