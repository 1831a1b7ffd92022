package dev.readiness.facts.secrets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Where one {@link KeywordIndex} pass found each group's keywords in a text: the offset past each keyword and its
 * line. One pass serves several readers, each looking at its own range of groups through {@link #groups}.
 *
 * <p>The hits are stored in arrays as long as the hits, by group: an index holds a hundred groups or more and a
 * file meets a few, so a growable list per group and file was most of what a pass allocated.
 */
public final class KeywordHits {
    /** Per group of the whole index, 1 + its slot, or 0 where it was not found. */
    private final int[] slotOfGroup;
    /** The hits of the group in slot {@code k} are at {@code starts[k]} up to {@code starts[k + 1]}. */
    private final int[] starts;
    /** Per hit, by slot and then in text order: the offset past the keyword and its 1-based line. */
    private final int[] ends;
    private final int[] lines;
    private final int first;
    private final int count;

    private KeywordHits(int[] slotOfGroup, int[] starts, int[] ends, int[] lines, int first, int count) {
        this.slotOfGroup = slotOfGroup;
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
        return new KeywordHits(slotOfGroup, starts, ends, lines, first + from, size);
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
        return slotOfGroup[first + group] - 1;
    }

    /** How many groups the pass found, in all views together. */
    public int slotCount() {
        return starts.length - 1;
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

    /** The first offset past a keyword of the group that is greater than {@code offset}; -1 where there is none. */
    public int firstEndAfter(int group, int offset) {
        int slot = slot(group);
        if (slot < 0) {
            return -1;
        }
        int found = Arrays.binarySearch(ends, starts[slot], starts[slot + 1], offset + 1);
        int at = found >= 0 ? found : -found - 1;
        return at < starts[slot + 1] ? ends[at] : -1;
    }

    /** Collects the hits of one pass, in text order. */
    static final class Recorder {
        private final int[] slotOfGroup;
        /** Hits per slot, slots numbered in the order their group was first found. */
        private int[] counts = new int[8];
        private int slots;
        /** Per hit: its slot and the offset past it. */
        private int[] hits = new int[2 * 16];
        private int size;

        Recorder(int groupCount) {
            slotOfGroup = new int[groupCount];
        }

        /** Hits are added in text order, by the offset past them. */
        void add(int group, int end) {
            int slot = slotOfGroup[group] - 1;
            if (slot < 0) {
                slot = slots++;
                slotOfGroup[group] = slots;
                if (slot == counts.length) {
                    counts = Arrays.copyOf(counts, slots * 2);
                }
            }
            counts[slot]++;
            if (size == hits.length) {
                hits = Arrays.copyOf(hits, size * 2);
            }
            hits[size] = slot;
            hits[size + 1] = end;
            size += 2;
        }

        /** @param text the text scanned, whose line breaks number the hits' lines */
        KeywordHits hits(String text) {
            int[] starts = new int[slots + 1];
            for (int slot = 0; slot < slots; slot++) {
                starts[slot + 1] = starts[slot] + counts[slot];
            }
            // each hit goes to the next free place of its slot, so a slot's hits stay in text order
            int[] next = Arrays.copyOf(starts, slots);
            int n = size / 2;
            int[] ends = new int[n];
            int[] lines = new int[n];
            int line = 1;
            int nextBreak = text.indexOf('\n');
            for (int i = 0; i < size; i += 2) {
                int end = hits[i + 1];
                // the line of a keyword's last character: the breaks before its end, the break itself included
                while (nextBreak >= 0 && nextBreak < end) {
                    line++;
                    nextBreak = text.indexOf('\n', nextBreak + 1);
                }
                int at = next[hits[i]]++;
                ends[at] = end;
                lines[at] = line;
            }
            return new KeywordHits(slotOfGroup, starts, ends, lines, 0, slotOfGroup.length);
        }
    }
}
