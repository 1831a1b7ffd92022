package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Stack;
import dev.readiness.rules.Condition;
import dev.readiness.rules.Polarity;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleScope;
import dev.readiness.rules.RuleStates;
import dev.readiness.rules.Severity;
import dev.readiness.rules.StackKnowledge.InstallTemplate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class InstallCommandsTest {
    private static final InstallCommands COMMANDS = new InstallCommands(Map.of(
            "pypi", new InstallTemplate("pip install {packages}", "bash"),
            "npm", new InstallTemplate("npm install {packages}", "bash"),
            "maven", new InstallTemplate("<dependency><groupId>{group}</groupId><artifactId>{artifact}</artifactId></dependency>", "xml")));
    private static final Rule STRIPE = rule(Map.of("pypi", List.of("stripe"), "npm", List.of("stripe", "@stripe/stripe-js"),
            "maven", List.of("com.stripe:stripe-java")));

    @Test
    void aPythonRepositoryGetsPip() {
        assertEquals(List.of(new InstallCommand("pip install stripe", "bash")), COMMANDS.forRule(STRIPE, stack("pypi")));
    }

    @Test
    void aNodeRepositoryGetsNpmWithAllPackagesInOneCommand() {
        assertEquals(List.of(new InstallCommand("npm install stripe @stripe/stripe-js", "bash")),
                COMMANDS.forRule(STRIPE, stack("npm")));
    }

    @Test
    void aMavenRepositoryGetsTheDependencySnippet() {
        assertEquals(List.of(new InstallCommand(
                        "<dependency><groupId>com.stripe</groupId><artifactId>stripe-java</artifactId></dependency>", "xml")),
                COMMANDS.forRule(STRIPE, stack("maven")));
    }

    @Test
    void aRepositoryWithoutManifestsGetsEveryEcosystemAndOneWithAnotherGetsNone() {
        assertEquals(3, COMMANDS.forRule(STRIPE, stack()).size());
        assertEquals(List.of(), COMMANDS.forRule(STRIPE, stack("go")));
    }

    private static Stack stack(String... ecosystems) {
        return new Stack(new TreeMap<>(), List.of(), "web-service", new TreeSet<>(Set.of(ecosystems)));
    }

    private static Rule rule(Map<String, List<String>> install) {
        return new Rule("payments.no-processor", "payments", "t", Severity.P0, 10, "", Optional.empty(),
                Polarity.PASSES_WHEN, new Condition.RolePresent(Set.of()), Optional.empty(), new RuleStates("", "", ""),
                List.of(), install, 0, List.of(), RuleScope.REPOSITORY);
    }
}
