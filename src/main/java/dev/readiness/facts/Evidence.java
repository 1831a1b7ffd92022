package dev.readiness.facts;

import java.util.Comparator;

/**
 * A place in the repository that supports a claim.
 *
 * @param path    relative, {@code /}-separated; {@code "."} for the repository as a whole
 * @param line    1-based, or 0 when the claim is about the whole file
 * @param snippet a short excerpt of that line (already redacted where it matters), may be empty
 */
public record Evidence(String path, int line, String snippet) implements Comparable<Evidence> {

    private static final int MAX_SNIPPET = 120;
    private static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::path)
            .thenComparingInt(Evidence::line).thenComparing(Evidence::snippet);

    public Evidence {
        snippet = shorten(snippet == null ? "" : snippet.strip());
    }

    public static Evidence ofFile(String path) {
        return new Evidence(path, 0, "");
    }

    /** {@code path:line}, or just the path when the line is unknown. */
    public String location() {
        return line > 0 ? path + ":" + line : path;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_SNIPPET ? text : text.substring(0, MAX_SNIPPET - 1) + "…";
    }

    @Override
    public int compareTo(Evidence other) {
        return ORDER.compare(this, other);
    }
}
