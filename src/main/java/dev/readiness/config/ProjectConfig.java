package dev.readiness.config;

import dev.readiness.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code .readiness.yml} says. Every part is optional; {@link #none()} is a repository without one.
 *
 * @param weights          category weights by module id, overriding each module's own
 * @param disabledRules    rules reported N/A
 * @param severities       rules given another severity
 * @param ignore           extra ignore patterns, in {@code .gitignore} syntax
 */
public record ProjectConfig(Optional<String> project, Optional<Integer> failUnder,
                            Optional<Severity> failOn, Map<String, Double> weights, Map<String, ModuleSwitch> modules,
                            Set<String> disabledRules, Map<String, Severity> severities, List<String> ignore,
                            List<ConfigSuppression> suppressions) {

    public ProjectConfig {
        weights = Map.copyOf(weights);
        modules = Map.copyOf(modules);
        disabledRules = Set.copyOf(disabledRules);
        severities = Map.copyOf(severities);
        ignore = List.copyOf(ignore);
        suppressions = List.copyOf(suppressions);
    }

    public static ProjectConfig none() {
        return new ProjectConfig(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(),
                Set.of(), Map.of(), List.of(), List.of());
    }
}
