package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.facts.Evidence;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhook rules are judged route by route ({@code scope: file}) on the two webhook fixtures: where the
 * evidence points, what covers a route through an import, and that suppressing the one unverified route is enough.
 */
class PerFileWebhookAuditTest {
    @TempDir
    Path temp;

    @Test
    void theUnverifiedPythonRouteIsNamedAndTheHelperImportsCoverTheOthers() {
        AuditReport report = Audits.audit("fastapi-webhooks", 2);

        Outcome.Partial security = assertInstanceOf(Outcome.Partial.class, outcome(report, "security.webhook-unverified"));
        assertEquals(new Evidence("app/routes/twilio.py", 8, "@router.post(\"/webhooks/twilio\")"),
                security.evidence().get(0), "the unverified route comes first");
        assertTrue(security.passing().contains(new Evidence("app/routes/github.py", 5,
                "from ..security import github_delivery")), security.passing().toString());
        assertTrue(security.passing().stream().noneMatch(e -> e.path().equals("app/routes/twilio.py")));

        Outcome.Passed payments = assertInstanceOf(Outcome.Passed.class, outcome(report, "payments.webhook-unverified"));
        assertEquals(List.of("app/routes/billing.py:3", "app/security.py:15"),
                payments.evidence().stream().map(Evidence::location).toList());
    }

    @Test
    void theUnverifiedTypeScriptRouteIsNamedAndTheVerifiedRouteCoversItsEventHandler() {
        AuditReport report = Audits.audit("express-webhooks", 2);

        Outcome.Partial payments = assertInstanceOf(Outcome.Partial.class, outcome(report, "payments.webhook-unverified"));
        assertEquals(List.of("src/routes/paddle.ts:8", "src/routes/paddle.ts:10"), payments.evidence().stream()
                .filter(e -> !payments.passing().contains(e)).map(Evidence::location).toList());
        assertEquals(List.of("src/routes/stripe.ts:4", "src/routes/stripe.ts:12"),
                payments.passing().stream().map(Evidence::location).toList());

        Outcome.Passed security = assertInstanceOf(Outcome.Passed.class, outcome(report, "security.webhook-unverified"));
        assertTrue(security.evidence().contains(new Evidence("src/routes/slack.ts", 3, "import \"../lib\"")),
                "through the index that re-exports the helper: " + security.evidence());
    }

    @Test
    void anInlineSuppressionOnTheUnverifiedRouteSuppressesThePartialFinding() {
        Path repo = Cli.copyFixture("fastapi-webhooks", temp.resolve("repo"));
        Cli.insertLines(repo.resolve("app/routes/twilio.py"), 8,
                "# readiness:ignore security.webhook-unverified Twilio traffic only arrives through the VPN");

        Cli.Run run = Cli.run("audit", repo.toString(), "--format", "json", "-o", temp.toString(), "--no-color");
        JsonNode json = Cli.json(temp.resolve("readiness-report.json"));

        assertEquals(0, run.code(), run.err());
        assertEquals(List.of("security.webhook-unverified"), Cli.ruleIds(json.get("suppressed")));
        assertTrue(!Cli.ruleIds(json.get("findings")).contains("security.webhook-unverified"));
    }

    private static Outcome outcome(AuditReport report, String ruleId) {
        return report.modules().stream().flatMap(m -> m.results().stream())
                .filter(r -> r.rule().id().equals(ruleId)).map(RuleResult::outcome).findFirst().orElseThrow();
    }
}
