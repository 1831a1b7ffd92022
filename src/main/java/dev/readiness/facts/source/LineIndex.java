package dev.readiness.facts.source;

import java.util.Arrays;

/** Where each line of a text starts, so that offsets found by matching can be reported as line numbers. */
public final class LineIndex {
    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineIndex of(String text) {
        int[] starts = new int[64];
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(Arrays.copyOf(starts, count), text.length());
    }

    /** The length of the longest line, its line break left out. */
    public int longestLine() {
        int longest = 0;
        for (int line = 0; line < starts.length; line++) {
            int end = line + 1 < starts.length ? starts[line + 1] - 1 : length;
            longest = Math.max(longest, end - starts[line]);
        }
        return longest;
    }

    /** The 1-based line holding {@code offset}. */
    public int lineAt(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public int lineCount() {
        return starts.length;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return starts[line - 1];
    }

    /** Offset of the line break ending the line that holds {@code offset}, or the text's length on the last line. */
    public int lineEnd(int offset) {
        int line = lineAt(offset);
        return line < starts.length ? starts[line] - 1 : length;
    }
}
