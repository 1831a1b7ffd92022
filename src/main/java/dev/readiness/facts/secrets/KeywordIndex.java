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
     * The state after reading a character, at {@code state * ALPHABET + c}, failure links and case folded in, so the
     * scan is one array read per character.
     */
    private final int[] delta;
    /** The detectors whose keyword ends at each state, including through failure links; null where none does. */
    private final int[][] output;
    private final int detectorCount;

    /** @param keywords per detector, in detector order */
    public KeywordIndex(List<List<String>> keywords) {
        detectorCount = keywords.size();
        List<int[]> states = new ArrayList<>();
        List<BitSet> outputs = new ArrayList<>();
        states.add(newState());
        outputs.add(new BitSet());
        for (int detector = 0; detector < keywords.size(); detector++) {
            for (String keyword : keywords.get(detector)) {
                int state = 0;
                for (char c : keyword.toLowerCase(Locale.ROOT).toCharArray()) {
                    if (c >= ALPHABET) {
                        throw new IllegalArgumentException("keyword '" + keyword + "' is not ASCII");
                    }
                    if (states.get(state)[c] < 0) {
                        states.get(state)[c] = states.size();
                        states.add(newState());
                        outputs.add(new BitSet());
                    }
                    state = states.get(state)[c];
                }
                outputs.get(state).set(detector);
            }
        }
        int[][] next = states.toArray(new int[0][]);
        BitSet[] found = outputs.toArray(new BitSet[0]);
        linkFailures(next, found);
        delta = new int[next.length * ALPHABET];
        output = new int[next.length][];
        for (int state = 0; state < next.length; state++) {
            for (int c = 0; c < ALPHABET; c++) {
                delta[state * ALPHABET + c] = next[state][Character.toLowerCase(c)];
            }
            output[state] = found[state].isEmpty() ? null : found[state].stream().toArray();
        }
    }

    private static int[] newState() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Breadth first, so a state's failure target is complete before the state is. */
    private static void linkFailures(int[][] next, BitSet[] output) {
        int[] failure = new int[next.length];
        Queue<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            if (next[0][c] < 0) {
                next[0][c] = 0;
            } else {
                failure[next[0][c]] = 0;
                queue.add(next[0][c]);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.remove();
            output[state].or(output[failure[state]]);
            for (int c = 0; c < ALPHABET; c++) {
                int child = next[state][c];
                if (child < 0) {
                    next[state][c] = next[failure[state]][c];
                } else {
                    failure[child] = next[failure[state]][c];
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
            if (c >= ALPHABET) {
                state = 0;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            state = delta[state * ALPHABET + c];
            int[] found = output[state];
            if (found != null) {
                for (int d : found) {
                    hits.found(d, i + 1, line);
                }
            }
        }
    }
}
