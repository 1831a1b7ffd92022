package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    static final String STACK = """
            stack:
              frameworks:
                - {id: fastapi, name: FastAPI, when: {dependency: [fastapi]}}
              kinds:
                - {id: web-service, when: {framework: [fastapi]}}
              install:
                pypi: "pip install {packages}"
            """;
    static final String MODULE = """
            module: payments
            name: Payments
            applies-when:
              pattern: {regex: '(?i)create table \\w*billing', roles: [schema], about: billing tables}
            rules:
              - id: payments.no-processor
                title: No payment processor integrated
                severity: P0
                impact: Cannot collect payments.
                passes-when:
                  all:
                    - dependency: [stripe]
                    - import: [stripe]
                partial-when:
                  dependency: {names: [stripe], scope: main}
                state: {fail: none, partial: half, pass: done}
                actions: [Integrate Stripe]
                install: {pypi: [stripe], npm: [stripe]}
                effort-hours: 16
                references: ["https://docs.stripe.com"]
            """;

    private final RuleLoader loader = new RuleLoader(BuiltInChecks.all());

    @Test
    void loadsAModuleWithEveryPart() throws YamlFileException {
        RuleSet set = loader.load(Map.of("stack.yml", STACK, "payments.yml", MODULE), "test");

        Rule rule = set.rule("payments.no-processor").orElseThrow();
        assertEquals(Severity.P0, rule.severity());
        assertEquals(10, rule.weight());
        assertEquals(Polarity.PASSES_WHEN, rule.polarity());
        assertInstanceOf(Condition.All.class, rule.condition());
        assertTrue(rule.partialWhen().isPresent());
        assertEquals(new RuleStates("none", "half", "done"), rule.states());
        assertEquals(Map.of("pypi", List.of("stripe"), "npm", List.of("stripe")), rule.install());
        assertEquals(16, rule.effortHours());
        assertEquals(1, set.patterns().size());
        assertEquals("payments.yml:4:20", set.patterns().get(0).id());
        assertEquals("billing tables", set.module("payments").orElseThrow().appliesWhen().orElseThrow().describe());
        assertEquals("FastAPI", set.stack().frameworks().get(0).name());
    }

    @Test
    void theFirstBrokenFileByNameIsReportedAndPatternsKeepFileOrderWhateverThreadParsedThem() throws YamlFileException {
        Map<String, String> files = new HashMap<>(Map.of("stack.yml", STACK));
        for (int i = 0; i < 12; i++) {
            files.put("m" + (char) ('a' + i) + ".yml", MODULE.replace("payments", "mod" + (char) ('a' + i)));
        }
        RuleSet set = loader.load(files, "test");
        assertEquals(IntStream.range(0, 12).mapToObj(i -> "m" + (char) ('a' + i) + ".yml:4:20").toList(),
                set.patterns().stream().map(PatternSpec::id).toList());

        files.put("mc.yml", "module: [");
        files.put("mk.yml", "module: [");
        for (int run = 0; run < 20; run++) {
            YamlFileException error = assertThrows(YamlFileException.class, () -> loader.load(files, "test"));
            assertTrue(error.getMessage().startsWith("mc.yml"), error.getMessage());
        }
    }

    @Test
    void loadsTheBundledRules() throws YamlFileException {
        RuleSet set = loader.loadBundled();

        assertEquals(List.of("payments", "email", "security", "auth", "storage", "schema", "monitoring", "testing",
                "deployment", "config", "scalability", "docs"), set.modules().stream().map(RuleModule::id).toList());
        assertTrue(set.modules().stream().allMatch(m -> !m.rules().isEmpty()), "every module has a rule");
    }

    @Test
    void unknownKeyNamesFileLineAndColumn() {
        String module = MODULE.replace("    impact:", "    impakt:");

        YamlFileException error = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", STACK, "payments.yml", module), "test"));

        assertEquals("payments.yml:9:5: unknown key 'impakt' in a rule (expected one of: actions, applies-when, "
                + "description, effort-hours, fails-when, id, impact, install, partial-when, passes-when, references, "
                + "scope, severity, state, title, weight)", error.getMessage());
    }

    @Test
    void unknownPredicateIsAnError() {
        String module = MODULE.replace("- import: [stripe]", "- imports: [stripe]");

        YamlFileException error = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", STACK, "payments.yml", module), "test"));

        assertEquals(13, error.line());
        assertEquals(11, error.column());
        assertTrue(error.problem().startsWith("unknown predicate 'imports'"), error.problem());
    }

    @Test
    void badSeverityInvalidRegexUnknownCheckAndBothPolarities() {
        assertProblem(MODULE.replace("severity: P0", "severity: P5"), 8, "severity must be P0, P1, P2 or P3, not 'P5'");
        assertProblem(MODULE.replace("'(?i)create table \\w*billing'", "'(unclosed'"), 4,
                "invalid regex: error parsing regexp: missing closing ): `(unclosed`");
        assertProblem(MODULE.replace("- import: [stripe]", "- check: no-such-check"), 13,
                "unknown check 'no-such-check' (known: coverage-reported, env-file-committed, "
                        + "env-file-with-values, env-vars-undocumented, hardcoded-secret, history-scanned, schema-misaligned, "
                        + "secret-in-history, tables-defined, test-or-example-secret, test-ratio-low)");
        assertProblem(MODULE.replace("    partial-when:", "    fails-when: {file: [x]}\n    partial-when:"), 6,
                "rule 'payments.no-processor' needs exactly one of 'passes-when' and 'fails-when'");
        assertProblem(MODULE.replace("id: payments.no-processor", "id: billing.no-processor"), 6,
                "rule id 'billing.no-processor' must be 'payments.<name>' in lower-case letters, digits and dashes");
        assertProblem(MODULE.replace("scope: main", "scope: prod"), 15, "'scope' must be main, dev or any, not 'prod'");
        assertProblem(MODULE.replace("'(?i)create table \\w*billing'", "'create table\\s*\\n\\s*billing'"), 4,
                "the regex names a line break, but patterns are matched one line at a time: "
                        + "add 'multiline: true' to the pattern");
        assertProblem(MODULE.replace("roles: [schema], about: billing tables", "multiline: yes, about: billing tables"),
                4, "'multiline' must be true or false");
    }

    @Test
    void scopeFileNeedsAnAppliesWhenThatLooksInFilesAPassesWhenAndNoPartialWhen() throws YamlFileException {
        String perFile = MODULE.replace("    partial-when:\n      dependency: {names: [stripe], scope: main}\n", "")
                .replace("    passes-when:", "    scope: file\n    applies-when: {import: [fastapi]}\n    passes-when:");
        assertEquals(RuleScope.FILE, loader.load(Map.of("stack.yml", STACK, "payments.yml", perFile), "t")
                .rule("payments.no-processor").orElseThrow().scope());
        assertEquals(RuleScope.REPOSITORY, loader.load(Map.of("stack.yml", STACK, "payments.yml", MODULE), "t")
                .rule("payments.no-processor").orElseThrow().scope());

        assertProblem(perFile.replace("scope: file", "scope: everywhere"), 10,
                "'scope' must be repository or file, not 'everywhere'");
        String needsFiles = "'scope: file' judges the files that 'applies-when' finds, so it needs an applies-when "
                + "that looks into files (pattern, import, file, role, env-referenced or heading)";
        assertProblem(perFile.replace("    applies-when: {import: [fastapi]}\n", ""), 10, needsFiles);
        assertProblem(perFile.replace("{import: [fastapi]}", "{kind: [web-service]}"), 10, needsFiles);
        assertProblem(MODULE.replace("    passes-when:", "    scope: file\n    applies-when: {import: [x]}\n"
                + "    passes-when:"), 10, "'scope: file' takes 'passes-when' and no 'partial-when': the rule is "
                + "partial when some files pass and others do not");
    }

    @Test
    void yamlSyntaxErrorsNameTheirPlace() {
        YamlFileException error = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", STACK, "payments.yml", "module: payments\nrules: [\n  - id: x\n"), "t"));

        assertEquals("payments.yml", error.file());
        assertTrue(error.problem().startsWith("invalid YAML"), error.problem());
    }

    @Test
    void duplicateRuleIdsAcrossFilesAreRejected() {
        String other = MODULE.replace("module: payments", "module: payments2")
                .replace("id: payments.no-processor", "id: payments2.x");
        String billing = MODULE.replace("module: payments", "module: billing").replace("payments.no-processor",
                "billing.no-processor");
        assertThrows(YamlFileException.class, () -> loader.load(Map.of("stack.yml", STACK, "payments.yml", MODULE,
                "z.yml", MODULE), "t"));
        RuleSet ok = assertDoesNotThrow(Map.of("stack.yml", STACK, "payments.yml", MODULE, "p2.yml", other, "b.yml", billing));
        assertEquals(3, ok.modules().size());
    }

    @Test
    void kindsCannotDependOnTheKindAndFrameworksNotOnTheStack() {
        String kindLoop = STACK.replace("{framework: [fastapi]}", "{kind: [worker]}");
        String frameworkLoop = STACK.replace("{dependency: [fastapi]}", "{framework: [django]}");

        YamlFileException kind = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", kindLoop), "t"));
        YamlFileException framework = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", frameworkLoop), "t"));

        assertEquals("a kind's condition cannot use 'kind'", kind.problem());
        assertEquals("'framework' cannot be used here: the stack is still being detected", framework.problem());
    }

    @Test
    void platformsAreReadAndMayNotDependOnTheStack() throws YamlFileException {
        String platforms = STACK.replace("  install:", "  platforms:\n"
                + "    - {id: vercel, name: Vercel, when: {file: [vercel.json]}}\n"
                + "    - {id: netlify, when: {dependency: ['@netlify/functions']}}\n"
                + "  install:");
        RuleSet set = loader.load(Map.of("stack.yml", platforms), "t");
        assertEquals(List.of("vercel", "netlify"), set.stack().platforms().stream().map(StackKnowledge.Platform::id).toList());
        assertEquals("netlify", set.stack().platforms().get(1).name(), "the id names a platform without a name");

        String loop = platforms.replace("{file: [vercel.json]}", "{platform: [netlify]}");
        String twice = platforms.replace("id: netlify", "id: vercel");
        assertEquals("'platform' cannot be used here: the stack is still being detected", assertThrows(
                YamlFileException.class, () -> loader.load(Map.of("stack.yml", loop), "t")).problem());
        assertEquals("platform 'vercel' is defined twice", assertThrows(
                YamlFileException.class, () -> loader.load(Map.of("stack.yml", twice), "t")).problem());
    }

    private RuleSet assertDoesNotThrow(Map<String, String> files) {
        try {
            return loader.load(files, "t");
        } catch (YamlFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private void assertProblem(String module, int line, String problem) {
        YamlFileException error = assertThrows(YamlFileException.class,
                () -> loader.load(Map.of("stack.yml", STACK, "payments.yml", module), "test"));
        assertEquals(problem, error.problem());
        assertEquals(line, error.line(), error.getMessage());
    }

    @Test
    void aJarsBundledRulesAreTheYamlFilesDirectlyInItsRulesFolder(@TempDir Path dir) throws IOException {
        Path jarPath = dir.resolve("readiness.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarPath))) {
            put(out, "rules/stack.yml", "stack: 1");
            put(out, "rules/auth.yml", "module: auth");
            put(out, "rules/notes.txt", "not a rule file");
            put(out, "rules/old/payments.yml", "module: old");
            put(out, "templates/rules/email.yml", "module: elsewhere");
        }

        try (JarFile jar = new JarFile(jarPath.toFile())) {
            assertEquals(Map.of("auth.yml", "module: auth", "stack.yml", "stack: 1"), RuleLoader.readYamlEntries(jar));
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
