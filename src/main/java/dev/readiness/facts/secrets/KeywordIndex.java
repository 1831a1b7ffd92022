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

    /** goto[state][c]: the state after reading c, failure links already folded in. */
    private final int[][] next;
    /** The detectors whose keyword ends at each state, including through failure links. */
    private final BitSet[] output;
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
        next = states.toArray(new int[0][]);
        output = outputs.toArray(new BitSet[0]);
        linkFailures();
    }

    private static int[] newState() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }

    /** Breadth first, so a state's failure target is complete before the state is. */
    private void linkFailures() {
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
        int state = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            }
            state = c < ALPHABET ? next[state][Character.toLowerCase(c)] : 0;
            BitSet found = output[state];
            for (int d = found.nextSetBit(0); d >= 0; d = found.nextSetBit(d + 1)) {
                if (lines[d] == null) {
                    lines[d] = new BitSet();
                }
                lines[d].set(line);
            }
        }
        return lines;
    }
}
