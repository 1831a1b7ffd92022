package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.ImportRef;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.Stack;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Rules with {@code scope: file}: each file {@code applies-when} finds is judged on its own. */
class PerFileJudgeTest {
    private static final String MODULE = """
            module: security
            rules:
              - id: security.webhook-unverified
                title: Webhook not verified
                severity: P1
                scope: file
                applies-when:
                  all:
                    - pattern: {regex: 'webhook', about: webhook routes}
                    - not: {pattern: {regex: 'stripe', about: payment routes}}
                passes-when:
                  any:
                    - pattern: {regex: 'verify', about: signature checks}
                    - dependency: [svix]
            """;
    private static final Evidence GITHUB_ROUTE = new Evidence("app/github.py", 5, "@app.post('/webhooks/github')");
    private static final Evidence GITHUB_CHECK = new Evidence("app/github.py", 7, "verify_signature(body)");
    private static final Evidence TWILIO_ROUTE = new Evidence("app/twilio.py", 4, "@app.post('/webhooks/twilio')");
    private static final Evidence HELPER_CHECK = new Evidence("app/security.py", 12, "def verify_signature(body):");

    private final RuleSet rules = load(MODULE);
    private final Map<String, List<Evidence>> hits = new HashMap<>();
    private final List<ImportRef> imports = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<String> paths = new ArrayList<>(List.of("app/github.py", "app/twilio.py", "app/security.py",
            "app/stripe.py", "app/events.py", "app/main.py"));

    @Test
    void passesWhenEveryJudgedFileVerifiesItself() {
        hit("webhook routes", GITHUB_ROUTE, TWILIO_ROUTE);
        Evidence twilioCheck = new Evidence("app/twilio.py", 6, "RequestValidator(token).verify(url)");
        hit("signature checks", GITHUB_CHECK, twilioCheck);

        assertEquals(new Outcome.Passed(List.of(GITHUB_CHECK, twilioCheck)), outcome());
    }

    @Test
    void oneVerifiedWebhookNoLongerHidesAnUnverifiedOneInAnotherFile() {
        hit("webhook routes", GITHUB_ROUTE, TWILIO_ROUTE);
        hit("signature checks", GITHUB_CHECK);

        Outcome.Partial partial = assertInstanceOf(Outcome.Partial.class, outcome());

        assertEquals(List.of(TWILIO_ROUTE, GITHUB_CHECK), partial.evidence(), "the unverified place comes first");
        assertEquals(List.of(GITHUB_CHECK), partial.passing());
    }

    @Test
    void failsWithEveryJudgedPlaceWhenNoFileIsCovered() {
        hit("webhook routes", GITHUB_ROUTE, TWILIO_ROUTE);
        hit("signature checks", HELPER_CHECK);

        assertEquals(new Outcome.Failed(List.of(GITHUB_ROUTE, TWILIO_ROUTE)), outcome(),
                "a check in a file no route imports covers nothing");
    }

    @Test
    void aHelperModuleTheRouteImportsCoversIt() {
        hit("webhook routes", TWILIO_ROUTE);
        hit("signature checks", HELPER_CHECK);
        imports.add(new ImportRef("app.security", "app/twilio.py", 1, List.of("verify_signature")));

        assertEquals(new Outcome.Passed(List.of(
                new Evidence("app/security.py", 12, "def verify_signature(body):"),
                new Evidence("app/twilio.py", 1, "from app.security import verify_signature"))), outcome());
    }

    @Test
    void aModuleImportedByAVerifiedFileIsHandedTheVerifiedPayload() {
        Evidence dispatch = new Evidence("app/events.py", 3, "WEBHOOK_HANDLERS = {'push': on_push}");
        hit("webhook routes", GITHUB_ROUTE, dispatch);
        hit("signature checks", GITHUB_CHECK);
        imports.add(new ImportRef(".", "app/github.py", 2, List.of("events")));

        Outcome.Passed passed = assertInstanceOf(Outcome.Passed.class, outcome());

        assertEquals(List.of(new Evidence("app/github.py", 2, "from . import events"), GITHUB_CHECK),
                passed.evidence());
    }

    @Test
    void filesWithTheExcludedPatternAreNotJudgedAndNoJudgedFileMeansNotApplicable() {
        Evidence stripeRoute = new Evidence("app/stripe.py", 3, "@app.post('/webhooks/stripe')");
        hit("webhook routes", stripeRoute, GITHUB_ROUTE);
        hit("payment routes", stripeRoute);

        assertEquals(new Outcome.Failed(List.of(GITHUB_ROUTE)), outcome(),
                "the repository has a Stripe route, yet the GitHub file is judged: the negation is per file");

        hits.remove(spec("webhook routes"));
        hit("webhook routes", stripeRoute);
        assertEquals(new Outcome.NotApplicable("no webhook routes and no payment routes"), outcome());
    }

    @Test
    void repositoryFactsHoldInEveryFile() {
        hit("webhook routes", GITHUB_ROUTE, TWILIO_ROUTE);
        Dependency svix = new Dependency("pypi", "svix", "", "requirements.txt", 3, false);
        dependencies.add(svix);
        paths.add("requirements.txt");

        assertEquals(new Outcome.Passed(List.of(new Evidence("requirements.txt", 3, "svix"))), outcome());
    }

    @Test
    void aGoHelperOfTheSamePackageCoversButAJudgedNeighbourDoesNot() {
        paths.addAll(List.of("handlers/github.go", "handlers/twilio.go", "handlers/verify.go"));
        Evidence github = new Evidence("handlers/github.go", 9, "r.Post(\"/webhooks/github\", onGithub)");
        Evidence githubCheck = new Evidence("handlers/github.go", 12, "verifyGithub(r)");
        Evidence twilio = new Evidence("handlers/twilio.go", 8, "r.Post(\"/webhooks/twilio\", onTwilio)");
        hit("webhook routes", github, twilio);
        hit("signature checks", githubCheck);

        assertInstanceOf(Outcome.Partial.class, outcome(), "the verified GitHub handler does not vouch for Twilio");

        Evidence helper = new Evidence("handlers/verify.go", 4, "func verifyTwilio(r *http.Request) bool {");
        hit("signature checks", githubCheck, helper);
        assertEquals(new Outcome.Passed(List.of(githubCheck, helper)), outcome());
    }

    @Test
    void noJudgedFileIsLostToTheEvidenceCap() {
        List<Evidence> routes = new ArrayList<>();
        List<Evidence> checks = new ArrayList<>();
        for (int i = 10; i < 10 + Match.MAX_EVIDENCE + 5; i++) {
            String path = "hooks/h" + i + ".py";
            paths.add(path);
            routes.add(new Evidence(path, 1, "@app.post('/webhooks/" + i + "')"));
            if (i < 10 + Match.MAX_EVIDENCE + 4) {
                checks.add(new Evidence(path, 2, "verify(request)"));
            }
        }
        hit("webhook routes", routes.toArray(Evidence[]::new));
        hit("signature checks", checks.toArray(Evidence[]::new));

        Outcome.Partial partial = assertInstanceOf(Outcome.Partial.class, outcome());
        assertEquals(routes.get(routes.size() - 1), partial.evidence().get(0));
    }

    private Outcome outcome() {
        Inventory inventory = Inventory.builder().files(paths.stream().map(PerFileJudgeTest::file).toList())
                .imports(imports).dependencies(dependencies).patternHits(hits).build();
        return new RuleEvaluator(rules).evaluate(new AuditFacts(inventory, stack())).get(0).results().get(0).outcome();
    }

    private void hit(String about, Evidence... found) {
        hits.put(spec(about), List.of(found));
    }

    private String spec(String about) {
        return rules.patterns().stream().filter(p -> p.about().equals(about)).findFirst().orElseThrow().id();
    }

    private static Stack stack() {
        return new Stack(new TreeMap<>(Map.of("python", 2)), List.of(), "web-service", new TreeSet<>());
    }

    private static FileEntry file(String path) {
        return new FileEntry(path, Path.of(path), 100, Language.fromFileName(FileEntry.fileNameOf(path)),
                FileRole.SOURCE);
    }

    static RuleSet load(String module) {
        try {
            return new RuleLoader(BuiltInChecks.all()).load(Map.of("stack.yml", RuleLoaderTest.STACK, "m.yml", module),
                    "t");
        } catch (YamlFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
