package dev.readiness.rules;

/** How urgent a finding is; also the default weight of its rule in the category score. */
public enum Severity {
    P0(10), P1(5), P2(2), P3(1);

    private final int defaultWeight;

    Severity(int defaultWeight) {
        this.defaultWeight = defaultWeight;
    }

    public int defaultWeight() {
        return defaultWeight;
    }
}
