package dev.readiness.score;

/** Letter grade bands from DESIGN.md: A 93+, A- 90+, B+ 87+, B 83+, B- 80+, C+ 77+, C 73+, C- 70+, D 60+, F. */
public final class Grade {
    private static final int[] FLOORS = {93, 90, 87, 83, 80, 77, 73, 70, 60};
    private static final String[] LETTERS = {"A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D"};

    private Grade() {
    }

    public static String of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        for (int i = 0; i < FLOORS.length; i++) {
            if (score >= FLOORS[i]) {
                return LETTERS[i];
            }
        }
        return "F";
    }
}
