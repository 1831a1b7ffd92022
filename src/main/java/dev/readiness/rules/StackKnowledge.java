package dev.readiness.rules;

import java.util.List;
import java.util.Map;

/**
 * What {@code rules/stack.yml} knows: how to recognise frameworks, kinds of system and the serverless or
 * managed platforms a repository deploys to, and how each ecosystem installs a package.
 *
 * @param installTemplates how each ecosystem adds a package
 */
public record StackKnowledge(List<Framework> frameworks, List<Kind> kinds, List<Platform> platforms,
                             Map<String, InstallTemplate> installTemplates) {

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

    /** A platform that runs the code and owns its lifecycle; {@code when} says what in a repository shows it. */
    public record Platform(String id, String name, Condition when) {
    }
}
