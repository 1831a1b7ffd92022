package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.Heading;
import dev.readiness.facts.Inventory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeadingPredicateTest {
    private static final List<Heading> HEADINGS = List.of(
            new Heading("Deployment", 1, "README.md", 3),
            new Heading("Deploying the worker", 2, "docs/ops/worker.md", 8),
            new Heading("Deploy notes", 2, "notes/deploy.md", 1),
            new Heading("Installation", 2, "README.md", 9));

    @Test
    void matchesHeadingTextInTheListedFilesOnly() throws YamlFileException {
        Condition condition = rule("heading: {regex: '(?i)deploy', files: ['README*', 'docs/**']}");
        Match match = condition.evaluate(facts());
        assertEquals(List.of(new Evidence("README.md", 3, "# Deployment"),
                new Evidence("docs/ops/worker.md", 8, "## Deploying the worker")), match.evidence());
        assertEquals("Markdown headings matching /(?i)deploy/", condition.describe());
    }

    @Test
    void shortFormSearchesEveryDocument() throws YamlFileException {
        assertEquals(3, rule("heading: '(?i)^deploy'").evaluate(facts()).evidence().size());
        assertEquals(false, rule("heading: 'Runbook'").evaluate(facts()).holds());
    }

    @Test
    void badRegexOrKeyIsARuleFileError() {
        assertThrows(YamlFileException.class, () -> rule("heading: {regex: '(unclosed'}"));
        assertThrows(YamlFileException.class, () -> rule("heading: {regex: 'x', roles: [doc]}"));
    }

    private static Condition rule(String condition) throws YamlFileException {
        RuleSet set = new RuleLoader(BuiltInChecks.all()).load(Map.of("stack.yml", RuleLoaderTest.STACK, "docs.yml", """
                module: docs
                rules:
                  - id: docs.x
                    title: X
                    severity: P3
                    passes-when:
                      %s
                """.formatted(condition)), "test");
        return set.modules().get(0).rules().get(0).condition();
    }

    private static AuditFacts facts() {
        return new AuditFacts(Inventory.builder().headings(HEADINGS).build(), null);
    }
}
