package dev.readiness.facts.secrets;

/** How much a found secret matters, from where it was found and what kind of key it is. */
public enum Exposure {
    /** A live-looking credential in application code, configuration or a {@code .env} file. */
    LIVE("in application code or configuration"),
    /** A key that cannot reach live data (a Stripe test key), in application code. */
    TEST_MODE_KEY("a test-mode key in application code"),
    /** A live-looking credential in tests, docs, fixtures or examples. */
    EXAMPLE("in tests, docs or examples");

    private final String reason;

    Exposure(String reason) {
        this.reason = reason;
    }

    /** Says why the finding has the weight it has, for the report. */
    public String reason() {
        return reason;
    }
}
