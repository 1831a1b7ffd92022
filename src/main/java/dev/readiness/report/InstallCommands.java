package dev.readiness.report;

import dev.readiness.facts.Stack;
import dev.readiness.rules.Rule;
import dev.readiness.rules.StackKnowledge.InstallTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The install commands of a rule for the ecosystems this repository uses: a Python repository gets
 * {@code pip install stripe}, a Node one {@code npm install stripe}, a Maven one the dependency
 * snippet. A repository that declares no dependencies at all gets every ecosystem's command, since
 * we cannot tell which it will use.
 */
final class InstallCommands {
    private final Map<String, InstallTemplate> templates;

    InstallCommands(Map<String, InstallTemplate> templates) {
        this.templates = templates;
    }

    List<InstallCommand> forRule(Rule rule, Stack stack) {
        Set<String> ecosystems = stack.ecosystems();
        List<InstallCommand> commands = new ArrayList<>();
        rule.install().entrySet().stream()
                .filter(e -> ecosystems.isEmpty() || ecosystems.contains(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> commands.addAll(render(e.getKey(), e.getValue())));
        return commands;
    }

    private List<InstallCommand> render(String ecosystem, List<String> packages) {
        InstallTemplate template = templates.getOrDefault(ecosystem,
                new InstallTemplate(ecosystem + ": {packages}", "text"));
        String text = template.template();
        if (text.contains("{package}") || text.contains("{group}") || text.contains("{artifact}")) {
            return packages.stream().map(p -> new InstallCommand(perPackage(text, p), template.fence())).toList();
        }
        return List.of(new InstallCommand(text.replace("{packages}", String.join(" ", packages)), template.fence()));
    }

    private static String perPackage(String template, String name) {
        int colon = name.indexOf(':');
        String group = colon < 0 ? name : name.substring(0, colon);
        String artifact = colon < 0 ? name : name.substring(colon + 1);
        return template.replace("{package}", name).replace("{group}", group).replace("{artifact}", artifact);
    }
}
