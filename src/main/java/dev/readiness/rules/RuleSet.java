package dev.readiness.rules;

import com.google.re2j.Pattern;
import dev.readiness.facts.secrets.SecretDetectors;
import java.util.List;
import java.util.Optional;

/**
 * Every module, the stack knowledge, every pattern and heading regex the modules use and the secret detectors.
 *
 * @param source where the rules came from: {@code bundled} or a folder
 */
public record RuleSet(List<RuleModule> modules, StackKnowledge stack, List<PatternSpec> patterns,
                      List<Pattern> headings, SecretDetectors secrets, String source) {

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
