package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
        BitSet[] found = index.linesWithKeywords("ushers\nno\nHE");
        assertEquals(lines(1, 3), found[0]);
        assertEquals(lines(1), found[1]);
        assertEquals(lines(1), found[2]);
        assertNull(found[3]);
    }

    @Test
    void caseIsIgnoredAndNonAsciiTextResetsTheMatch() {
        KeywordIndex index = new KeywordIndex(List.of(List.of("sk_live_", "rk_live_"), List.of("akia")));
        BitSet[] found = index.linesWithKeywords("x\nSK_LIVE_abc\nak\u00e9ia AKIA\u00e9\nrk_live_");
        assertEquals(lines(2, 4), found[0]);
        assertEquals(lines(3), found[1]);
    }
}
