package dev.readiness.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of a module, as written in its YAML file.
 *
 * @param install packages to install per ecosystem id ({@code pypi -> [stripe]})
 * @param scope   whether the rule is judged for the repository or file by file
 */
public record Rule(String id, String module, String title, Severity severity, int weight, String impact,
                   Optional<Condition> appliesWhen, Polarity polarity, Condition condition,
                   Optional<Condition> partialWhen, RuleStates states, List<String> actions,
                   Map<String, List<String>> install, double effortHours, List<String> references,
                   RuleScope scope) {
}
