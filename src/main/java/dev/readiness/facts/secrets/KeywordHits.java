package dev.readiness.facts.secrets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where one {@link KeywordIndex} pass found each group's keywords in a text: the offset past each keyword and its
 * line. One pass serves several readers, each looking at its own range of groups through {@link #groups}.
 *
 * <p>Only the groups found are stored, in arrays as long as the hits: an index holds a thousand groups or more,
 * and a file meets a few dozen, so a slot per group and file would be most of what the audit allocates.
 */
public final class KeywordHits {
    /** The groups found, ascending, numbered as in the whole index. */
    private final int[] found;
    /** The hits of {@code found[k]} are at {@code starts[k]} up to {@code starts[k + 1]}. */
    private final int[] starts;
    /** Per hit, by group and then in text order: the offset past the keyword and its 1-based line. */
    private final int[] ends;
    private final int[] lines;
    private final int first;
    private final int count;

    private KeywordHits(int[] found, int[] starts, int[] ends, int[] lines, int first, int count) {
        this.found = found;
        this.starts = starts;
        this.ends = ends;
        this.lines = lines;
        this.first = first;
        this.count = count;
    }

    /** The hits of groups {@code from} to {@code from + size - 1}, numbered from 0 in the view. */
    public KeywordHits groups(int from, int size) {
        if (from < 0 || size < 0 || from + size > count) {
            throw new IndexOutOfBoundsException("groups " + from + "+" + size + " of " + count);
        }
        return new KeywordHits(found, starts, ends, lines, first + from, size);
    }

    public int groupCount() {
        return count;
    }

    /**
     * A number from 0 to {@link #slotCount()} - 1 for each group found, the same in every view of one pass, and -1
     * for a group not found: readers keep what they work out per group found in arrays this long.
     */
    public int slot(int group) {
        if (group < 0 || group >= count) {
            throw new IndexOutOfBoundsException("group " + group + " of " + count);
        }
        int slot = Arrays.binarySearch(found, first + group);
        return slot < 0 ? -1 : slot;
    }

    /** How many groups the pass found, in all views together. */
    public int slotCount() {
        return found.length;
    }

    /** The lines on which a keyword of the group ends; null where none does. */
    public BitSet lines(int group) {
        int slot = slot(group);
        if (slot < 0) {
            return null;
        }
        BitSet set = new BitSet();
        for (int i = starts[slot]; i < starts[slot + 1]; i++) {
            set.set(lines[i]);
        }
        return set;
    }

    /** The offsets just past each keyword of the group, in order; null where none occurs. */
    public int[] ends(int group) {
        int slot = slot(group);
        return slot < 0 ? null : Arrays.copyOfRange(ends, starts[slot], starts[slot + 1]);
    }

    /** Collects the hits of one pass, in text order. */
    static final class Recorder {
        private final int groupCount;
        /** Per hit: its group, the offset past it and its line. */
        private int[] hits = new int[3 * 16];
        private int size;

        Recorder(int groupCount) {
            this.groupCount = groupCount;
        }

        void add(int group, int end, int line) {
            if (size == hits.length) {
                hits = Arrays.copyOf(hits, size * 2);
            }
            hits[size] = group;
            hits[size + 1] = end;
            hits[size + 2] = line;
            size += 3;
        }

        KeywordHits hits() {
            int n = size / 3;
            // by group, and within a group in the order found (text order): the hit's number breaks ties
            long[] order = new long[n];
            for (int i = 0; i < n; i++) {
                order[i] = (long) hits[3 * i] << 32 | i;
            }
            Arrays.sort(order);
            int[] ends = new int[n];
            int[] lines = new int[n];
            int[] found = new int[n];
            int[] starts = new int[n + 1];
            int groups = 0;
            for (int k = 0; k < n; k++) {
                int hit = (int) order[k];
                int group = hits[3 * hit];
                if (groups == 0 || found[groups - 1] != group) {
                    found[groups] = group;
                    starts[groups] = k;
                    groups++;
                }
                ends[k] = hits[3 * hit + 1];
                lines[k] = hits[3 * hit + 2];
            }
            starts[groups] = n;
            return new KeywordHits(Arrays.copyOf(found, groups), Arrays.copyOf(starts, groups + 1), ends, lines, 0,
                    groupCount);
        }
    }
}
