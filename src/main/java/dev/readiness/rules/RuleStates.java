package dev.readiness.rules;

/** The "Current state" sentence a rule gives for each outcome; empty when the rule file gives none. */
public record RuleStates(String fail, String partial, String pass) {
}
