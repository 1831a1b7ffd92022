package dev.readiness.cli;

import dev.readiness.report.AuditReport;
import dev.readiness.report.GitHubAnnotations;
import dev.readiness.report.MarkdownReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * What a GitHub Actions job shows of an audit: annotations on the changed files when
 * {@code GITHUB_ACTIONS=true}, and the Markdown report on the run's summary page when
 * {@code GITHUB_STEP_SUMMARY} names its file. The environment is handed in so that tests can fake it.
 */
final class GitHubActionsOutput {
    /** GitHub refuses a step summary over 1 MiB; the report is cut to fit, with a note. */
    static final int SUMMARY_LIMIT_BYTES = 1024 * 1024;
    static final String TRUNCATED = "\n\n*The report was cut to fit the job summary; the full report is in the job's files.*\n";
    private final Map<String, String> environment;

    GitHubActionsOutput(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** @param out where workflow commands go: the standard output, which the runner reads */
    void publish(AuditReport report, MarkdownReportWriter markdown, PrintWriter out, PrintWriter err) {
        if ("true".equals(environment.get("GITHUB_ACTIONS"))) {
            new GitHubAnnotations().lines(report).forEach(out::println);
            out.flush();
        }
        String summary = environment.get("GITHUB_STEP_SUMMARY");
        if (summary != null && !summary.isBlank()) {
            try {
                Files.writeString(Path.of(summary), fitted(markdown.write(report)), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                err.println("readiness: warning: cannot append to the job summary " + summary + ": " + e.getMessage());
            }
        }
    }

    static String fitted(String markdown) {
        byte[] bytes = markdown.getBytes(StandardCharsets.UTF_8);
        int room = SUMMARY_LIMIT_BYTES - TRUNCATED.getBytes(StandardCharsets.UTF_8).length;
        if (bytes.length <= SUMMARY_LIMIT_BYTES) {
            return markdown.endsWith("\n") ? markdown : markdown + "\n";
        }
        String head = new String(bytes, 0, room, StandardCharsets.UTF_8);
        int lastLine = head.lastIndexOf('\n', head.length() - 2);
        return head.substring(0, Math.max(lastLine, 0)) + TRUNCATED;
    }
}
