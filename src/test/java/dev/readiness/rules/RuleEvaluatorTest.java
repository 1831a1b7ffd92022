package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.ImportRef;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.Platform;
import dev.readiness.facts.ScanStats;
import dev.readiness.facts.Stack;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final FileEntry SCHEMA = file("db/schema.sql", FileRole.SCHEMA);
    private static final FileEntry APP = file("app/billing.py", FileRole.SOURCE);
    private static final FileEntry TEST = file("tests/test_billing.py", FileRole.TEST);
    private static final Evidence BILLING_TABLE = new Evidence("db/schema.sql", 3, "CREATE TABLE core.billing_plans (");

    private final RuleSet rules = load();

    @Test
    void failsWithTheApplicabilityEvidenceWhenNothingIsThere() {
        Outcome outcome = evaluate(List.of(), List.of());

        Outcome.Failed failed = assertInstanceOf(Outcome.Failed.class, outcome);
        assertEquals(List.of(BILLING_TABLE), failed.evidence());
    }

    @Test
    void isPartialWhenTheSdkIsDeclaredButNeverImported() {
        Dependency stripe = new Dependency("pypi", "stripe", "==7.0", "requirements.txt", 4, false);

        Outcome outcome = evaluate(List.of(stripe), List.of());

        Outcome.Partial partial = assertInstanceOf(Outcome.Partial.class, outcome);
        assertEquals(List.of(new Evidence("requirements.txt", 4, "stripe ==7.0")), partial.evidence());
    }

    @Test
    void passesWhenDeclaredAndImportedAsASubmodule() {
        Dependency stripe = new Dependency("pypi", "stripe", "", "requirements.txt", 4, false);
        ImportRef use = new ImportRef("stripe.error", "app/billing.py", 1);

        Outcome outcome = evaluate(List.of(stripe), List.of(use));

        assertEquals(new Outcome.Passed(List.of(new Evidence("app/billing.py", 1, "import stripe.error"),
                new Evidence("requirements.txt", 4, "stripe"))), outcome);
    }

    @Test
    void fromImportLineIsOnePieceOfEvidenceThoughItRecordsTheModuleAndTheName() {
        Dependency stripe = new Dependency("pypi", "stripe", "", "requirements.txt", 4, false);
        // from stripe import error records both; the rule names stripe, which matches both
        List<ImportRef> line = List.of(new ImportRef("stripe", "app/billing.py", 1),
                new ImportRef("stripe.error", "app/billing.py", 1));

        Outcome outcome = evaluate(List.of(stripe), line);

        assertEquals(new Outcome.Passed(List.of(new Evidence("app/billing.py", 1, "import stripe"),
                new Evidence("requirements.txt", 4, "stripe"))), outcome);
    }

    @Test
    void importsFromTestsDoNotCountAsUse() {
        Dependency stripe = new Dependency("pypi", "stripe", "", "requirements.txt", 4, false);
        ImportRef inTest = new ImportRef("stripe", "tests/test_billing.py", 2);

        assertInstanceOf(Outcome.Partial.class, evaluate(List.of(stripe), List.of(inTest)));
    }

    @Test
    void moduleIsNotApplicableWithoutItsSignalAndSaysWhy() {
        Inventory inventory = inventory(List.of(), List.of(), Map.of());

        List<ModuleResult> results = new RuleEvaluator(rules).evaluate(new AuditFacts(inventory, stack()));

        assertEquals(java.util.Optional.of("no billing tables"), results.get(0).notApplicableReason());
        assertEquals(new Outcome.NotApplicable("no billing tables"), results.get(0).results().get(0).outcome());
    }

    @Test
    void failsWhenRuleFailsOnItsMatchAndPassesOtherwise() {
        RuleSet set = load("""
                module: security
                rules:
                  - id: security.debug
                    title: Debug on
                    severity: P1
                    fails-when: {pattern: {regex: 'debug\\s*=\\s*True', languages: [python]}}
                """);
        PatternSpec spec = set.patterns().get(0);
        Evidence hit = new Evidence("app/billing.py", 9, "app = FastAPI(debug=True)");

        Outcome failing = new RuleEvaluator(set).evaluate(new AuditFacts(
                inventory(List.of(), List.of(), Map.of(spec.id(), List.of(hit))), stack())).get(0).results().get(0).outcome();
        Outcome passing = new RuleEvaluator(set).evaluate(new AuditFacts(
                inventory(List.of(), List.of(), Map.of()), stack())).get(0).results().get(0).outcome();

        assertEquals(new Outcome.Failed(List.of(hit)), failing);
        assertEquals(new Outcome.Passed(List.of()), passing);
    }

    @Test
    void aFailedNegationSaysWhatItFoundAndAFailedAllNamesOnlyItsFailingParts() {
        RuleSet set = load("""
                module: email
                applies-when:
                  all:
                    - dependency: [fastapi]
                    - not: {dependency: ['@clerk/*']}
                rules:
                  - id: email.no-provider
                    title: No email service
                    severity: P0
                    passes-when: {dependency: [sendgrid]}
                """);
        Dependency fastapi = new Dependency("pypi", "fastapi", "", "requirements.txt", 1, false);
        Dependency clerk = new Dependency("npm", "@clerk/nextjs", "4.29.0", "web/package.json", 5, false);

        assertEquals(Optional.of("a dependency on @clerk/* (@clerk/nextjs 4.29.0 at web/package.json:5)"),
                moduleReason(set, List.of(fastapi, clerk)));
        assertEquals(Optional.of("no dependency on fastapi"), moduleReason(set, List.of()));
        assertEquals(Optional.empty(), moduleReason(set, List.of(fastapi)));
    }

    @Test
    void onAPlatformTheReasonNamesItAndWhatShowedIt() {
        RuleSet set = load("""
                module: deployment
                rules:
                  - id: deployment.no-graceful-shutdown
                    title: No graceful shutdown
                    severity: P2
                    applies-when: {not: {platform: ['*']}}
                    passes-when: {pattern: {regex: 'SIGTERM', about: SIGTERM handling}}
                  - id: deployment.no-container
                    title: No container image definition
                    severity: P1
                    applies-when: {not: {platform: [vercel, netlify]}}
                    passes-when: {file: [Dockerfile]}
                """);
        Platform lambda = new Platform("aws-lambda", "AWS Lambda", List.of(Evidence.ofFile("serverless.yml"),
                new Evidence("package.json", 12, "@types/aws-lambda 8.10.136"),
                new Evidence("src/handler.js", 3, "exports.handler = async (event) => { return { statusCode: 200, body: 'ok' } }")));
        Stack onLambda = new Stack(new TreeMap<>(), List.of(), "web-service", new TreeSet<>(), List.of(lambda));
        List<RuleResult> results = new RuleEvaluator(set).evaluate(
                new AuditFacts(inventory(List.of(), List.of(), Map.of()), onLambda)).get(0).results();

        assertEquals(new Outcome.NotApplicable("deployed on AWS Lambda (serverless.yml, @types/aws-lambda 8.10.136 at "
                + "package.json:12 and 1 more)"), results.get(0).outcome());
        assertInstanceOf(Outcome.Failed.class, results.get(1).outcome(), "only Vercel and Netlify make it N/A");
        assertInstanceOf(Outcome.Failed.class, new RuleEvaluator(set).evaluate(new AuditFacts(
                inventory(List.of(), List.of(), Map.of()), stack())).get(0).results().get(0).outcome(),
                "without a platform the rule is judged as before");
    }

    private Optional<String> moduleReason(RuleSet set, List<Dependency> dependencies) {
        return new RuleEvaluator(set).evaluate(new AuditFacts(inventory(dependencies, List.of(), Map.of()), stack()))
                .get(0).notApplicableReason();
    }

    private Outcome evaluate(List<Dependency> dependencies, List<ImportRef> imports) {
        String patternId = rules.patterns().get(0).id();
        Inventory inventory = inventory(dependencies, imports, Map.of(patternId, List.of(BILLING_TABLE)));
        return new RuleEvaluator(rules).evaluate(new AuditFacts(inventory, stack())).get(0).results().get(0).outcome();
    }

    private static Inventory inventory(List<Dependency> dependencies, List<ImportRef> imports,
                                       Map<String, List<Evidence>> hits) {
        return Inventory.builder().files(List.of(APP, SCHEMA, TEST)).dependencies(dependencies).imports(imports)
                .patternHits(hits).stats(new ScanStats(3, 300, 0, 0)).build();
    }

    private static Stack stack() {
        return new Stack(new TreeMap<>(Map.of("python", 2)), List.of(), "web-service", new TreeSet<>());
    }

    private static FileEntry file(String path, FileRole role) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new FileEntry(path, Path.of(path), 100, Language.fromFileName(name), role);
    }

    private static RuleSet load() {
        return load(RuleLoaderTest.MODULE);
    }

    private static RuleSet load(String module) {
        try {
            return new RuleLoader(BuiltInChecks.all()).load(Map.of("stack.yml", RuleLoaderTest.STACK, "m.yml", module), "t");
        } catch (YamlFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
