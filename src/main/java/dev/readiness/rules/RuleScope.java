package dev.readiness.rules;

/** What a rule is judged on: the repository as a whole, or each file its {@code applies-when} finds. */
public enum RuleScope {
    /** {@code scope: repository} (the default): the rule passes when its condition holds anywhere. */
    REPOSITORY,
    /**
     * {@code scope: file}: every file where {@code applies-when} holds has to satisfy {@code passes-when} itself or
     * through a file of the repository it imports; one verified webhook must not vouch for another.
     */
    FILE
}
