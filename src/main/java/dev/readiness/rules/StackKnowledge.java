package dev.readiness.rules;

import java.util.List;
import java.util.Map;

/**
 * What {@code rules/stack.yml} knows: how to recognise frameworks and kinds of system, and how each
 * ecosystem installs a package.
 *
 * @param installTemplates command per ecosystem; {@code {packages}} is replaced by all names, and a
 *                         template with {@code {package}} gives one command per name
 */
public record StackKnowledge(List<Framework> frameworks, List<Kind> kinds, Map<String, String> installTemplates) {

    public record Framework(String id, String name, Condition when) {
    }

    public record Kind(String id, Condition when) {
    }
}
