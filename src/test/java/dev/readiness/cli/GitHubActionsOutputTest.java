package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.report.AuditReport;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.MarkdownReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations and the job summary, under a fake GitHub Actions environment. */
class GitHubActionsOutputTest {
    private static AuditReport report;
    private static MarkdownReportWriter markdown;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void audit() throws IOException {
        report = Audits.audit("python-fastapi", 2);
        markdown = new MarkdownReportWriter(MarkdownReportStructureTest.bundledTemplate());
    }

    @Test
    void annotatesEveryFindingThatNamesAFile() throws IOException {
        publish(Map.of("GITHUB_ACTIONS", "true"));

        List<String> lines = out.toString().lines().toList();
        assertEquals("::error file=app/models.py,line=8,title=P0 No email service integrated (email.no-provider)"
                + "::User accounts exist but no email library (SendGrid, SES, Postmark, Mailgun, Resend, SMTP) is used.",
                lines.get(0));
        assertTrue(lines.contains("::warning file=requirements.txt,line=3,title=P2 No database connection pooling "
                + "(scalability.no-connection-pooling)::The ORM's default pool is used, but its size and timeouts "
                + "are not configured."), out.toString());
        assertFalse(out.toString().contains("deployment.no-container"), "no file, no annotation");
        assertFalse(out.toString().contains("testing.low-ratio"), "about the whole repository, no annotation");
        assertEquals(findingsWithAFile(), lines.size());
        assertEquals(lines.size(), lines.stream().filter(l -> l.startsWith("::error ") || l.startsWith("::warning ")).count());
    }

    @Test
    void printsNothingOutsideGitHubActions() {
        publish(Map.of("GITHUB_ACTIONS", "false"));
        publish(Map.of());

        assertEquals("", out.toString());
    }

    @Test
    void appendsTheMarkdownReportToTheStepSummary() throws IOException {
        Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n", StandardCharsets.UTF_8);

        publish(Map.of("GITHUB_STEP_SUMMARY", summary.toString()));

        assertEquals("earlier step\n" + markdown.write(report), Files.readString(summary, StandardCharsets.UTF_8));
        assertEquals("", out.toString(), "annotations only under GITHUB_ACTIONS=true");
    }

    @Test
    void anUnwritableSummaryIsAWarning() {
        publish(Map.of("GITHUB_STEP_SUMMARY", dir.toString()));

        assertTrue(err.toString().startsWith("readiness: warning: cannot append to the job summary " + dir), err.toString());
    }

    @Test
    void aReportTooLargeForTheSummaryIsCutAtALine() {
        String line = "| row | " + "x".repeat(90) + " |\n";
        String big = line.repeat(2 * GitHubActionsOutput.SUMMARY_LIMIT_BYTES / line.length());

        String fitted = GitHubActionsOutput.fitted(big);

        assertTrue(fitted.getBytes(StandardCharsets.UTF_8).length <= GitHubActionsOutput.SUMMARY_LIMIT_BYTES);
        assertTrue(fitted.endsWith(line.strip() + GitHubActionsOutput.TRUNCATED), fitted.substring(fitted.length() - 200));
        assertEquals("small\n", GitHubActionsOutput.fitted("small"));
    }

    private void publish(Map<String, String> environment) {
        new GitHubActionsOutput(environment).publish(report, markdown, new PrintWriter(out), new PrintWriter(err, true));
    }

    private static long findingsWithAFile() throws IOException {
        JsonNode findings = new ObjectMapper().readTree(new JsonReportWriter().write(report)).get("findings");
        long count = 0;
        for (JsonNode finding : findings) {
            boolean file = false;
            for (JsonNode evidence : finding.get("evidence")) {
                file |= !evidence.get("path").asText().equals(".");
            }
            count += file ? 1 : 0;
        }
        return count;
    }
}
