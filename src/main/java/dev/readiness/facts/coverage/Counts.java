package dev.readiness.facts.coverage;

/** Line counts as coverage reports write them: non-negative whole numbers. */
final class Counts {

    private Counts() {
    }

    static long parse(String text, String what) throws CoverageFormatException {
        if (text == null) {
            throw new CoverageFormatException("'" + what + "' is missing");
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw new CoverageFormatException("'" + what + "' is negative: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new CoverageFormatException("'" + what + "' is not a whole number: " + text);
        }
    }
}
