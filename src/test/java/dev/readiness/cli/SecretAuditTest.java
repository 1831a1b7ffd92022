package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.secrets.GitIndexBytes;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.MarkdownReportWriter;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Secret rules on a repository the test writes, and that no report ever holds a found secret whole. */
class SecretAuditTest {
    // Assembled at run time so that this file holds no key-shaped literal.
    private static final String STRIPE = "sk_" + "live_" + "9rT2xQ7mLp4ZvB8nK1wD6yHc";
    private static final String SENDGRID = "SG." + "f7Kq2LmZ9xR4tB1vN8pW3y." + "Hc5Jd0Ge6Fa2Sb9Qk4Lm7Np1Rt3Vx8Zy5Wu2Ts0Oq6P";
    private static final String GITHUB = "ghp_" + "R7tY2uI9oP4aS1dF6gH3jK8lZ5xC0vB7nM2q";
    private static final String STRIPE_TEST = "sk_" + "test_" + "9rT2xQ7mLp4ZvB8nK1wD6yHc";

    @TempDir
    Path repo;

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private AuditReport audit(Redaction redaction) throws IOException {
        write("app/billing.py", "import stripe\n\nstripe.api_key = \"" + STRIPE + "\"\n");
        write(".env", "SENDGRID_API_KEY=" + SENDGRID + "\nPORT=3000\n");
        write(".env.local", "DB_PASSWORD=only-on-my-laptop-8Hq2\n");
        write(".env.staging", "SENTRY_ENVIRONMENT=staging\n");
        write(".env.example", "SENDGRID_API_KEY=<your-key>\nPORT=\n");
        write(".gitignore", ".env.local\n");
        write("tests/fixtures/app/.env", "SERVICE_URL=https://fixture.internal\n");
        write("tests/test_billing.py", "GITHUB = '" + GITHUB + "'\nSTRIPE = '" + STRIPE_TEST + "'\n");
        Files.createDirectories(repo.resolve(".git"));
        Files.write(repo.resolve(".git/index"), GitIndexBytes.of(2,
                List.of(".env", ".env.example", ".env.local", ".gitignore", "app/billing.py", "tests/fixtures/app/.env",
                        "tests/test_billing.py")));
        return new Auditor(Audits.bundledRules(), ScanOptions.defaults(), 2, Map.of(), redaction, false).audit(repo);
    }

    private static List<Evidence> failed(AuditReport report, String ruleId) {
        RuleResult result = report.modules().stream().flatMap(m -> m.results().stream())
                .filter(r -> r.rule().id().equals(ruleId)).findFirst().orElseThrow();
        assertTrue(result.outcome() instanceof Outcome.Failed, ruleId + " is " + result.outcome());
        return ((Outcome.Failed) result.outcome()).evidence();
    }

    @Test
    void liveSecretsAreP0EvidenceAndTestSecretsAreReportedLower() throws IOException {
        AuditReport report = audit(Redaction.MASKED);
        assertEquals(List.of(
                new Evidence(".env", 1, "sendgrid-api-key SG.f…(69): delete the key in SendGrid and create a scoped one"),
                new Evidence("app/billing.py", 3, "stripe-live-key sk_l…(32): roll the key in the Stripe dashboard")),
                failed(report, "security.hardcoded-secret"));
        assertEquals(List.of(new Evidence("tests/test_billing.py", 1,
                "github-token ghp_…(40) (in tests, docs or examples): revoke the token in GitHub settings")),
                failed(report, "security.test-or-example-secret"));
    }

    @Test
    void envFilesAreCommittedWhenTrackedOrNotIgnoredAndTemplatesAndFixturesAreFine() throws IOException {
        assertEquals(List.of(
                new Evidence(".env", 0, "2 variables with a real value, tracked by git"),
                new Evidence(".env.local", 0, "tracked by git although .gitignore ignores it"),
                new Evidence(".env.staging", 0, "1 variable with a real value, not ignored by .gitignore, so the next git add commits it")),
                failed(audit(Redaction.MASKED), "security.env-file-committed"));
    }

    @Test
    void anUnreadableGitIndexIsAWarningAndEnvFilesAreJudgedByGitignore() throws IOException {
        audit(Redaction.MASKED);
        Files.writeString(repo.resolve(".git/index"), "not an index", StandardCharsets.UTF_8);
        AuditReport report = new Auditor(Audits.bundledRules(), ScanOptions.defaults(), 2, Map.of(), Redaction.MASKED,
                false).audit(repo);
        assertTrue(report.inventory().warnings().stream().map(Object::toString).toList().contains(
                ".git/index: cannot read the git index (the git index does not start with DIRC); committed .env files"
                        + " are judged by .gitignore alone"), report.inventory().warnings().toString());
        assertEquals(List.of(
                new Evidence(".env", 0, "2 variables with a real value, not ignored by .gitignore, so the next git add commits it"),
                new Evidence(".env.staging", 0, "1 variable with a real value, not ignored by .gitignore, so the next git add commits it")),
                failed(report, "security.env-file-committed"));
    }

    @Test
    void noReportHoldsARawSecretUnlessRedactionIsOff() throws IOException {
        List<String> secrets = List.of(STRIPE, SENDGRID, GITHUB);
        for (Redaction redaction : List.of(Redaction.MASKED, Redaction.WHOLE)) {
            AuditReport report = audit(redaction);
            String outputs = new JsonReportWriter().write(report) + new MarkdownReportWriter(bundledTemplate()).write(report);
            for (String secret : secrets) {
                assertEquals(redaction == Redaction.WHOLE, outputs.contains(secret), redaction + " " + secret.substring(0, 4));
            }
        }
    }

    @Test
    void noOutputFormatNorTheTerminalHoldsARawSecret(@TempDir Path out) throws IOException {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"audit", repo.toString(), "--format", "md,json,sarif,junit,html,codequality",
                "-o", out.toString(), "--no-color"}, new PrintWriter(stdout), new PrintWriter(stderr));
        StringWriter annotations = new StringWriter();
        AuditReport report = audit(Redaction.MASKED);
        new GitHubActionsOutput(Map.of("GITHUB_ACTIONS", "true")).publish(report,
                new MarkdownReportWriter(bundledTemplate()), new PrintWriter(annotations), new PrintWriter(new StringWriter()));

        assertEquals(0, code, stderr.toString());
        List<String> outputs = new ArrayList<>(List.of(stdout.toString(), stderr.toString(), annotations.toString()));
        try (var files = Files.list(out)) {
            for (Path file : files.toList()) {
                outputs.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        assertEquals(9, outputs.size(), "six report files, stdout, stderr and the GitHub annotations");
        assertTrue(annotations.toString().contains("::error "), "annotations were written: " + annotations);
        for (String secret : List.of(STRIPE, SENDGRID, GITHUB)) {
            assertTrue(outputs.stream().noneMatch(text -> text.contains(secret)), "raw secret " + secret.substring(0, 4) + "… leaked");
        }
    }

    private static String bundledTemplate() throws IOException {
        return Files.readString(Path.of("templates/report.md.mustache"), StandardCharsets.UTF_8);
    }

    @Test
    void noRedactIsRefusedOnCi() {
        AuditCommand command = new AuditCommand();
        command.environment = Map.of("CI", "true")::get;
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setErr(new PrintWriter(err));
        assertEquals(ExitCode.USAGE, line.execute(repo.toString(), "--no-redact"));
        assertEquals("readiness: --no-redact is refused when CI=true: CI logs and artifacts are shared",
                err.toString().strip());
    }
}
