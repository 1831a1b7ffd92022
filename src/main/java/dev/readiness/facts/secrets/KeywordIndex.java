package dev.readiness.facts.secrets;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Queue;

/**
 * Finds the keywords of every group in one pass over a text, ignoring ASCII case (an Aho–Corasick automaton): a
 * group is what one reader needs (a secret detector's keywords, one set of a rule pattern's literals), and the
 * audit puts all of them in one index. Keywords are ASCII; any other character simply matches nothing.
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
    /** The groups whose keyword ends in each state (by row number), including through failure links. */
    private final int[][] output;
    private final int groupCount;

    /** @param keywords the keywords of each group, in group order */
    public KeywordIndex(List<List<String>> keywords) {
        groupCount = keywords.size();
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
        for (int group = 0; group < keywords.size(); group++) {
            for (String keyword : keywords.get(group)) {
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
                outputs.get(state).set(group);
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
    /**
     * Every keyword of every group in {@code text}, found in one pass. The loop only steps the automaton; the
     * hits' lines are counted afterwards, from the hits alone.
     */
    public KeywordHits scan(String text) {
        KeywordHits.Recorder recorder = new KeywordHits.Recorder(groupCount);
        int state = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            state = delta[state + (c < ALPHABET ? classes[c] : 0)];
            if (state < 0) {
                state = ~state;
                for (int group : output[state / width]) {
                    recorder.add(group, i + 1);
                }
            }
        }
        return recorder.hits(text);
    }
}
