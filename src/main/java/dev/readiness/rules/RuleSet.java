package dev.readiness.rules;

import java.util.List;
import java.util.Optional;

/**
 * Every module, the stack knowledge and every pattern the modules use.
 *
 * @param source where the rules came from: {@code bundled} or a folder
 */
public record RuleSet(List<RuleModule> modules, StackKnowledge stack, List<PatternSpec> patterns, String source) {

    public List<Rule> rules() {
        return modules.stream().flatMap(m -> m.rules().stream()).toList();
    }

    public Optional<Rule> rule(String id) {
        return rules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<RuleModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
