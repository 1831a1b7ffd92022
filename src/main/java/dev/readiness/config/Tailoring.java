package dev.readiness.config;

import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleModule;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fits the rule set to one repository: before evaluation a {@code required} module loses its applicability
 * condition and re-severitied rules take their new severity; after it, modules turned off or not selected and
 * disabled rules become N/A with the reason, so the report still says why they are missing.
 *
 * @param only modules selected with {@code --only}; empty selects every module
 * @param skip modules left out with {@code --skip}
 */
public record Tailoring(ProjectConfig config, Set<String> only, Set<String> skip) {
    static final String TURNED_OFF = "turned off in .readiness.yml";
    static final String DISABLED = "disabled in .readiness.yml";
    static final String NOT_SELECTED = "not selected with --only";
    static final String SKIPPED = "skipped with --skip";

    public Tailoring {
        only = Set.copyOf(only);
        skip = Set.copyOf(skip);
    }

    public static Tailoring none() {
        return new Tailoring(ProjectConfig.none(), Set.of(), Set.of());
    }

    public RuleSet rules(RuleSet rules) {
        List<RuleModule> modules = new ArrayList<>();
        for (RuleModule module : rules.modules()) {
            boolean required = config.modules().get(module.id()) == ModuleSwitch.REQUIRED;
            List<Rule> moduleRules = module.rules().stream().map(this::severity).toList();
            modules.add(new RuleModule(module.id(), module.name(), module.weight(),
                    required ? Optional.empty() : module.appliesWhen(), moduleRules, module.file()));
        }
        return new RuleSet(List.copyOf(modules), rules.stack(), rules.patterns(), rules.headings(), rules.secrets(),
                rules.source());
    }

    /**
     * A rule whose weight was its severity's default follows the new severity; a weight written in the rule file
     * is kept, as the rule's author chose it.
     */
    private Rule severity(Rule rule) {
        var changed = config.severities().get(rule.id());
        if (changed == null) {
            return rule;
        }
        int weight = rule.weight() == rule.severity().defaultWeight() ? changed.defaultWeight() : rule.weight();
        return new Rule(rule.id(), rule.module(), rule.title(), changed, weight, rule.impact(), rule.appliesWhen(),
                rule.polarity(), rule.condition(), rule.partialWhen(), rule.states(), rule.actions(), rule.install(),
                rule.effortHours(), rule.references(), rule.scope());
    }

    public List<ModuleResult> results(List<ModuleResult> modules) {
        List<ModuleResult> tailored = new ArrayList<>();
        for (ModuleResult module : modules) {
            Optional<String> off = moduleOff(module.module().id());
            if (off.isPresent()) {
                tailored.add(new ModuleResult(module.module(), off, module.results().stream()
                        .map(r -> new RuleResult(r.rule(), new Outcome.NotApplicable(off.get()))).toList()));
                continue;
            }
            List<RuleResult> results = module.results().stream()
                    .map(r -> config.disabledRules().contains(r.rule().id())
                            ? new RuleResult(r.rule(), new Outcome.NotApplicable(DISABLED)) : r)
                    .toList();
            tailored.add(new ModuleResult(module.module(), module.notApplicableReason(), results));
        }
        return List.copyOf(tailored);
    }

    private Optional<String> moduleOff(String id) {
        if (config.modules().get(id) == ModuleSwitch.OFF) {
            return Optional.of(TURNED_OFF);
        }
        if (!only.isEmpty() && !only.contains(id)) {
            return Optional.of(NOT_SELECTED);
        }
        return skip.contains(id) ? Optional.of(SKIPPED) : Optional.empty();
    }

    /** Category weights from the configuration, by module id. */
    public Map<String, Double> weights() {
        return config.weights();
    }
}
