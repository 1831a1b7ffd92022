package dev.readiness.facts.secrets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where one {@link KeywordIndex} pass found each group's keywords in a text: the offset past each keyword and its
 * line. One pass serves several readers, each looking at its own range of groups through {@link #groups}.
 */
public final class KeywordHits {
    /** Per group, pairs of (offset past the keyword, 1-based line) in text order; null where none was found. */
    private final int[][] found;
    private final int[] lengths;
    private final int first;
    private final int count;

    KeywordHits(int[][] found, int[] lengths) {
        this(found, lengths, 0, found.length);
    }

    private KeywordHits(int[][] found, int[] lengths, int first, int count) {
        this.found = found;
        this.lengths = lengths;
        this.first = first;
        this.count = count;
    }

    /** The hits of groups {@code from} to {@code from + size - 1}, numbered from 0 in the view. */
    public KeywordHits groups(int from, int size) {
        if (from < 0 || size < 0 || from + size > count) {
            throw new IndexOutOfBoundsException("groups " + from + "+" + size + " of " + count);
        }
        return new KeywordHits(found, lengths, first + from, size);
    }

    public int groupCount() {
        return count;
    }

    /** The lines on which a keyword of the group ends; null where none does. */
    public BitSet lines(int group) {
        int[] pairs = found[index(group)];
        if (pairs == null) {
            return null;
        }
        BitSet lines = new BitSet();
        for (int i = 1; i < lengths[index(group)]; i += 2) {
            lines.set(pairs[i]);
        }
        return lines;
    }

    /** The offsets just past each keyword of the group, in order; null where none occurs. */
    public int[] ends(int group) {
        int[] pairs = found[index(group)];
        if (pairs == null) {
            return null;
        }
        int[] ends = new int[lengths[index(group)] / 2];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = pairs[2 * i];
        }
        return ends;
    }

    private int index(int group) {
        if (group < 0 || group >= count) {
            throw new IndexOutOfBoundsException("group " + group + " of " + count);
        }
        return first + group;
    }

    /** Collects the hits of one pass. */
    static final class Recorder {
        private final int[][] found;
        private final int[] lengths;

        Recorder(int groups) {
            found = new int[groups][];
            lengths = new int[groups];
        }

        void add(int group, int end, int line) {
            int[] pairs = found[group];
            int length = lengths[group];
            if (pairs == null) {
                pairs = new int[8];
                found[group] = pairs;
            } else if (length == pairs.length) {
                pairs = Arrays.copyOf(pairs, length * 2);
                found[group] = pairs;
            }
            pairs[length] = end;
            pairs[length + 1] = line;
            lengths[group] = length + 2;
        }

        KeywordHits hits() {
            return new KeywordHits(found, lengths);
        }
    }
}
