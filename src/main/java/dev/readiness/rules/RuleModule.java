package dev.readiness.rules;

import java.util.List;
import java.util.Optional;

/** A rule module: one category of the report, from one YAML file. */
public record RuleModule(String id, String name, double weight, Optional<Condition> appliesWhen,
                         List<Rule> rules, String file) {
}
