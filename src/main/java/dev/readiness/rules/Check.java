package dev.readiness.rules;

/** A condition written in Java, for what the declarative predicates cannot say. Stateless. */
public interface Check {

    Match evaluate(AuditFacts facts);

    /** Says what holds when the check holds, for N/A reasons and {@code readiness rules ID}. */
    String describe();
}
