package dev.readiness.rules;

/** Whether a rule's main condition describes the good state or the bad one. */
public enum Polarity {
    /** {@code passes-when}: holding means the rule passes. */
    PASSES_WHEN,
    /** {@code fails-when}: holding means the rule fails. */
    FAILS_WHEN
}
