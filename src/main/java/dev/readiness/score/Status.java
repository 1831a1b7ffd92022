package dev.readiness.score;

/** The verdict line of a report. */
public enum Status {
    NOT_READY("❌", "NOT PRODUCTION READY"),
    CONDITIONAL("⚠️", "READY WITH CONDITIONS"),
    READY("✅", "PRODUCTION READY");

    private final String icon;
    private final String label;

    Status(String icon, String label) {
        this.icon = icon;
        this.label = label;
    }

    public String icon() {
        return icon;
    }

    public String label() {
        return label;
    }
}
