package dev.readiness.rules;

/** A rule and what it gave on this repository. */
public record RuleResult(Rule rule, Outcome outcome) {

    public boolean applicable() {
        return !(outcome instanceof Outcome.NotApplicable);
    }

    /** Failed or partial: something to fix. */
    public boolean open() {
        return outcome instanceof Outcome.Failed || outcome instanceof Outcome.Partial;
    }
}
