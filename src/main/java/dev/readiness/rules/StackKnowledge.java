package dev.readiness.rules;

import java.util.List;
import java.util.Map;

/**
 * What {@code rules/stack.yml} knows: how to recognise frameworks and kinds of system, and how each
 * ecosystem installs a package.
 *
 * @param installTemplates how each ecosystem adds a package
 */
public record StackKnowledge(List<Framework> frameworks, List<Kind> kinds, Map<String, InstallTemplate> installTemplates) {

    /**
     * A command or snippet: {@code {packages}} is replaced by all names space-joined; a template with
     * {@code {package}} (or {@code {group}}/{@code {artifact}} of a {@code group:artifact} name) gives
     * one per name.
     *
     * @param fence the code-fence language the report shows it in ({@code bash}, {@code xml}, …)
     */
    public record InstallTemplate(String template, String fence) {
    }

    public record Framework(String id, String name, Condition when) {
    }

    public record Kind(String id, Condition when) {
    }
}
