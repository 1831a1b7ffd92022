package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordIndexTest {

    private static BitSet lines(int... numbers) {
        BitSet set = new BitSet();
        for (int n : numbers) {
            set.set(n);
        }
        return set;
    }

    @Test
    void overlappingKeywordsAreAllFoundThroughFailureLinks() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("he"), List.of("she"), List.of("hers"), List.of("xyz")));
        KeywordHits found = index.scan("ushers\nno\nHE");
        assertEquals(lines(1, 3), found.lines(0));
        assertEquals(lines(1), found.lines(1));
        assertEquals(lines(1), found.lines(2));
        assertNull(found.lines(3));
        assertArrayEquals(new int[] {4, 12}, found.ends(0));
        assertArrayEquals(new int[] {6}, found.ends(2));
        assertNull(found.ends(3));
    }

    @Test
    void caseIsIgnoredAndNonAsciiTextResetsTheMatch() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("sk_live_", "rk_live_"), List.of("akia")));
        KeywordHits found = index.scan("x\nSK_LIVE_abc\nak\u00e9ia AKIA\u00e9\nrk_live_");
        assertEquals(lines(2, 4), found.lines(0));
        assertEquals(lines(3), found.lines(1));
    }

    @Test
    void readersSeeTheirOwnGroupsNumberedFromZero() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("class"), List.of("user"), List.of("token")));
        KeywordHits all = index.scan("class User {\n  token = 1\n}");
        KeywordHits secrets = all.groups(2, 1);

        assertEquals(1, secrets.groupCount());
        assertEquals(lines(2), secrets.lines(0));
        assertArrayEquals(new int[] {20}, secrets.ends(0));
        assertEquals(lines(1), all.groups(0, 2).lines(1));
        assertThrows(IndexOutOfBoundsException.class, () -> secrets.lines(1));
        assertThrows(IndexOutOfBoundsException.class, () -> all.groups(2, 2));
    }

    @Test
    void findsWhatAKeywordByKeywordSearchFindsOnRandomTexts() {
        List<List<String>> groups = List.of(List.of("ab", "abab"), List.of("ba\nb"), List.of("b"), List.of("aab", "x"),
                List.of("bbbbbbb"));
        KeywordIndex index = new KeywordIndex(groups);
        char[] alphabet = {'a', 'b', 'A', 'B', '\n', 'x', '\u00e9', ' '};
        Random random = new Random(7);
        for (int length = 0; length <= 64; length++) {
            for (int sample = 0; sample < 40; sample++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    text.append(alphabet[random.nextInt(alphabet.length)]);
                }
                KeywordHits found = index.scan(text.toString());
                for (int group = 0; group < groups.size(); group++) {
                    int[] expected = endsOf(groups.get(group), text.toString());
                    String where = "group " + group + " in '" + text + "'";
                    assertArrayEquals(expected.length == 0 ? null : expected, found.ends(group), where);
                    assertEquals(expected.length == 0 ? null : linesOf(expected, text.toString()), found.lines(group),
                            where);
                }
            }
        }
    }

    /** The offsets past each keyword of the group, looked for one position and one keyword at a time. */
    private static int[] endsOf(List<String> keywords, String text) {
        List<Integer> ends = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            for (String keyword : keywords) {
                int start = end - keyword.length();
                if (start >= 0 && text.regionMatches(true, start, keyword, 0, keyword.length())) {
                    ends.add(end);
                    break;
                }
            }
        }
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    private static BitSet linesOf(int[] ends, String text) {
        BitSet lines = new BitSet();
        for (int end : ends) {
            lines.set(1 + (int) text.substring(0, end).chars().filter(c -> c == '\n').count());
        }
        return lines;
    }
}
