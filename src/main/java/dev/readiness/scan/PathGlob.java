package dev.readiness.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A gitignore-style glob over relative, {@code /}-separated paths (no leading {@code /}, no {@code ./}).
 *
 * <ul>
 *   <li>{@code *} and {@code ?} never cross a {@code /}; {@code [abc]}, {@code [a-z]}, {@code [!a]} are
 *       character classes; {@code \} takes the next character literally.</li>
 *   <li>{@code **} as a whole segment crosses folders: {@code **}{@code /x} is {@code x} at any depth,
 *       {@code a/**} is everything inside {@code a} (not {@code a} itself), {@code a/**}{@code /b} is {@code b}
 *       at any depth below {@code a}, {@code a/b} included. Elsewhere {@code **} is a plain {@code *}.</li>
 *   <li>A glob without a {@code /} (a trailing one aside) matches the file name at any depth; one with a
 *       {@code /} is anchored at the root, a leading {@code /} being dropped.</li>
 *   <li>A trailing {@code /} restricts the glob to directories: {@link #matches} is then always false.</li>
 *   <li>Matching is case-sensitive. A glob that is empty once normalised matches nothing.</li>
 * </ul>
 *
 * Compiled once; matching allocates nothing. Immutable and thread-safe.
 */
public final class PathGlob {

    private final String source;
    private final boolean directoryOnly;
    private final boolean anchored;
    /** When anchored, one per glob segment with null for {@code **}; else the single file-name pattern. */
    private final SegmentPattern[] segments;
    /**
     * The longest literal of any segment: a path without it cannot match, and one {@code indexOf} rejects most
     * paths before any segment is matched (every file meets every classifier and rule glob).
     */
    private final String required;

    private PathGlob(String source, boolean directoryOnly, boolean anchored, SegmentPattern[] segments) {
        this.source = source;
        this.directoryOnly = directoryOnly;
        this.anchored = anchored;
        this.segments = segments;
        String longest = "";
        for (SegmentPattern segment : segments) {
            String literal = segment == null ? "" : segment.longestLiteral();
            longest = literal.length() > longest.length() ? literal : longest;
        }
        this.required = longest;
    }

    public static PathGlob compile(String glob) {
        Objects.requireNonNull(glob, "glob");
        String body = glob;
        boolean directoryOnly = body.endsWith("/");
        if (directoryOnly) {
            body = body.substring(0, body.length() - 1);
        }
        boolean anchored = body.indexOf('/') >= 0;
        if (!anchored) {
            SegmentPattern[] name = body.isEmpty() ? new SegmentPattern[0]
                    : new SegmentPattern[] {SegmentPattern.compile(body)};
            return new PathGlob(glob, directoryOnly, false, name);
        }
        if (body.startsWith("/")) {
            body = body.substring(1);
        }
        List<SegmentPattern> segments = new ArrayList<>();
        boolean previousWasAnyDepth = false;
        for (String part : body.split("/", -1)) {
            boolean anyDepth = part.equals("**");
            if (!(anyDepth && previousWasAnyDepth)) {
                segments.add(anyDepth ? null : SegmentPattern.compile(part));
            }
            previousWasAnyDepth = anyDepth;
        }
        if (body.isEmpty()) {
            segments.clear();
        }
        return new PathGlob(glob, directoryOnly, true, segments.toArray(SegmentPattern[]::new));
    }

    /** Whether any of the globs matches the file at {@code relativePath}; a loop, as it runs per file per glob list. */
    public static boolean anyMatches(List<PathGlob> globs, String relativePath) {
        for (PathGlob glob : globs) {
            if (glob.matches(relativePath)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the file at {@code relativePath} matches. */
    public boolean matches(String relativePath) {
        return matches(relativePath, 0, false);
    }

    /** Whether the directory at {@code relativeDir} matches. */
    public boolean matchesDirectory(String relativeDir) {
        return matches(relativeDir, 0, true);
    }

    /**
     * Whether {@code path.substring(from)} matches, without taking that substring: ignore files in sub-folders
     * match paths relative to their own folder.
     */
    boolean matches(String path, int from, boolean directory) {
        if (segments.length == 0 || (directoryOnly && !directory) || path.indexOf(required, from) < 0) {
            return false;
        }
        if (!anchored) {
            int nameStart = Math.max(from, path.lastIndexOf('/') + 1);
            return segments[0].matches(path, nameStart, path.length());
        }
        return matchesFrom(0, path, from);
    }

    /**
     * Whether glob segments from {@code segment} on match the path from {@code start}, the start of a path
     * segment; {@code start == path.length() + 1} means the whole path has been consumed.
     */
    private boolean matchesFrom(int segment, String path, int start) {
        int length = path.length();
        if (segment == segments.length) {
            return start > length;
        }
        SegmentPattern pattern = segments[segment];
        if (pattern == null) {
            if (segment == segments.length - 1) {
                return start <= length;
            }
            int next = start;
            while (true) {
                if (matchesFrom(segment + 1, path, next)) {
                    return true;
                }
                int slash = path.indexOf('/', next);
                if (slash < 0) {
                    return false;
                }
                next = slash + 1;
            }
        }
        if (start > length) {
            return false;
        }
        int end = path.indexOf('/', start);
        if (end < 0) {
            end = length;
        }
        return pattern.matches(path, start, end) && matchesFrom(segment + 1, path, end + 1);
    }

    /** True for a glob that is empty once normalised, such as {@code /}. */
    boolean matchesNothing() {
        return segments.length == 0;
    }

    /** The glob as written. */
    @Override
    public String toString() {
        return source;
    }
}
