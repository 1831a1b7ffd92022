package dev.readiness.facts.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;

/**
 * Finds every detector's keywords in one pass over a text, ignoring ASCII case (an Aho–Corasick
 * automaton). Keywords are ASCII; any other character simply matches nothing.
 */
public final class KeywordIndex {
    private static final int ALPHABET = 128;

    /**
     * The class of each ASCII character: 0 for the characters no keyword holds, which always lead back to the
     * start, and one class per other character, both cases sharing one. A row of the table has one entry per
     * class rather than per character, so the table stays small enough for the processor's cache.
     */
    private final byte[] classes = new byte[ALPHABET];
    /** The number of classes, the length of a row. */
    private final int width;
    /**
     * The state after reading a character of class {@code k} in state {@code s}, at {@code s + k}: states are
     * numbered by the offset of their row, failure links folded in, so the scan is one array read per character.
     * An entry is negated ({@code ~state}) when some keyword ends in the state it leads to.
     */
    private final int[] delta;
    /** The detectors whose keyword ends in each state (by row number), including through failure links. */
    private final int[][] output;
    private final int detectorCount;

    /** @param keywords per detector, in detector order */
    public KeywordIndex(List<List<String>> keywords) {
        detectorCount = keywords.size();
        int classCount = 1;
        for (List<String> group : keywords) {
            for (String keyword : group) {
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (c >= ALPHABET) {
                        throw new IllegalArgumentException("keyword '" + keyword + "' is not ASCII");
                    }
                    if (classes[c] == 0) {
                        classes[c] = (byte) classCount++;
                    }
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            classes[c] = classes[Character.toLowerCase(c)];
        }
        width = classCount;
        List<int[]> states = new ArrayList<>();
        List<BitSet> outputs = new ArrayList<>();
        states.add(newState(width));
        outputs.add(new BitSet());
        for (int detector = 0; detector < keywords.size(); detector++) {
            for (String keyword : keywords.get(detector)) {
                int state = 0;
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    int k = classes[c];
                    if (states.get(state)[k] < 0) {
                        states.get(state)[k] = states.size();
                        states.add(newState(width));
                        outputs.add(new BitSet());
                    }
                    state = states.get(state)[k];
                }
                outputs.get(state).set(detector);
            }
        }
        int[][] next = states.toArray(new int[0][]);
        BitSet[] found = outputs.toArray(new BitSet[0]);
        linkFailures(next, found, width);
        delta = new int[next.length * width];
        output = new int[next.length][];
        for (int state = 0; state < next.length; state++) {
            output[state] = found[state].isEmpty() ? null : found[state].stream().toArray();
        }
        for (int state = 0; state < next.length; state++) {
            for (int k = 0; k < width; k++) {
                int target = next[state][k];
                delta[state * width + k] = output[target] == null ? target * width : ~(target * width);
            }
        }
    }

    private static int[] newState(int width) {
        int[] row = new int[width];
        Arrays.fill(row, -1);
        return row;
    }

    /** Breadth first, so a state's failure target is complete before the state is. */
    private static void linkFailures(int[][] next, BitSet[] output, int width) {
        int[] failure = new int[next.length];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < width; k++) {
            if (next[0][k] < 0) {
                next[0][k] = 0;
            } else {
                failure[next[0][k]] = 0;
                queue.add(next[0][k]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            output[state].or(output[failure[state]]);
            for (int k = 0; k < width; k++) {
                int child = next[state][k];
                if (child < 0) {
                    next[state][k] = next[failure[state]][k];
                } else {
                    failure[child] = next[failure[state]][k];
                    queue.add(child);
                }
            }
        }
    }
    /** For each detector, the 1-based lines on which one of its keywords ends; null where none did. */
    public BitSet[] linesWithKeywords(String text) {
        BitSet[] lines = new BitSet[detectorCount];
        scan(text, (detector, end, line) -> {
            if (lines[detector] == null) {
                lines[detector] = new BitSet();
            }
            lines[detector].set(line);
        });
        return lines;
    }

    /** For each detector, the offsets just past each of its keywords, in order; null where none occurs. */
    public int[][] keywordEnds(String text) {
        int[][] ends = new int[detectorCount][];
        int[] counts = new int[detectorCount];
        scan(text, (detector, end, line) -> {
            if (ends[detector] == null) {
                ends[detector] = new int[8];
            } else if (counts[detector] == ends[detector].length) {
                ends[detector] = Arrays.copyOf(ends[detector], counts[detector] * 2);
            }
            ends[detector][counts[detector]++] = end;
        });
        for (int d = 0; d < detectorCount; d++) {
            if (ends[d] != null) {
                ends[d] = Arrays.copyOf(ends[d], counts[d]);
            }
        }
        return ends;
    }

    /** Receives each keyword found: whose it is, the offset past its last character, and its 1-based line. */
    @FunctionalInterface
    private interface Hits {
        void found(int detector, int end, int line);
    }

    private void scan(String text, Hits hits) {
        int state = 0;
        int line = 1;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            int k = 0;
            if (c < ALPHABET) {
                k = classes[c];
                if (c == '\n') {
                    line++;
                }
            }
            state = delta[state + k];
            if (state < 0) {
                state = ~state;
                for (int d : output[state / width]) {
                    hits.found(d, i + 1, line);
                }
            }
        }
    }
}
