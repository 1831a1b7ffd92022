package dev.readiness.facts.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Where each line of a text starts, so that offsets found by matching can be reported as line numbers. */
public final class LineIndex {
    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineIndex of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return new LineIndex(starts.stream().mapToInt(Integer::intValue).toArray(), text.length());
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
    int lineEnd(int offset) {
        int line = lineAt(offset);
        return line < starts.length ? starts[line] - 1 : length;
    }
}
