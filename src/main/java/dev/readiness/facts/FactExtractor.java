package dev.readiness.facts;

import dev.readiness.scan.FileEntry;

/** Takes one kind of fact from one kind of file. Implementations are stateless and thread-safe. */
public interface FactExtractor {

    /** Whether {@link #extract} has anything to do for this file; decided from the entry alone. */
    boolean accepts(FileEntry entry);

    /** Adds what the file holds to {@code facts}. Never throws for bad input: it warns instead. */
    void extract(SourceFile file, FileFacts facts);

    /**
     * Whether it still reads a file whose text looks minified or generated ({@link MinifiedText}). A bundle is
     * vendored code, so facts about the product's own code (imports, environment reads, tables) are not taken
     * from it; what a committed file exposes wherever it sits (declared dependencies, .env values, secrets) is.
     */
    default boolean readsMinified() {
        return false;
    }

    /** What is reported when a reader of a file fails on it: a warning, and the file's other facts are kept. */
    static String failure(Object reader, Throwable error) {
        return reader.getClass().getSimpleName() + " failed: " + error + "; other facts of this file are kept";
    }
}
