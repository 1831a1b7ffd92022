package dev.readiness.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GradeTest {

    @ParameterizedTest
    @CsvSource({"100,A", "93,A", "92,A-", "90,A-", "89,B+", "87,B+", "86,B", "83,B", "82,B-", "80,B-", "79,C+",
            "77,C+", "76,C", "73,C", "72,C-", "70,C-", "69,D", "60,D", "59,F", "0,F"})
    void bandsFromTheDesign(int score, String grade) {
        assertEquals(grade, Grade.of(score));
    }

    @Test
    void rejectsScoresOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Grade.of(101));
        assertThrows(IllegalArgumentException.class, () -> Grade.of(-1));
    }
}
