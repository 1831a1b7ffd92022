package dev.readiness.report;

import dev.readiness.facts.Stack;
import dev.readiness.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The install commands of a rule for the ecosystems this repository uses: a Python repository gets
 * {@code pip install stripe}, a Node one {@code npm install stripe}. A repository that declares no
 * dependencies at all gets every ecosystem's command, since we cannot tell which it will use.
 */
final class InstallCommands {
    private final Map<String, String> templates;

    InstallCommands(Map<String, String> templates) {
        this.templates = templates;
    }

    List<String> forRule(Rule rule, Stack stack) {
        Set<String> ecosystems = stack.ecosystems();
        List<String> commands = new ArrayList<>();
        rule.install().entrySet().stream()
                .filter(e -> ecosystems.isEmpty() || ecosystems.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> commands.addAll(render(e.getKey(), e.getValue())));
        return commands;
    }

    private List<String> render(String ecosystem, List<String> packages) {
        String template = templates.getOrDefault(ecosystem, ecosystem + ": {packages}");
        if (template.contains("{package}")) {
            return packages.stream().map(p -> template.replace("{package}", p)).toList();
        }
        return List.of(template.replace("{packages}", String.join(" ", packages)));
    }
}
