package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.BitSet;
import java.util.List;
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
}
