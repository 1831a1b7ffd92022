package dev.readiness.report;

import dev.readiness.facts.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands that annotate the pull request: {@code ::error} for P0 and P1,
 * {@code ::warning} for P2 and P3, one per finding that names a file, on its first such place.
 */
public final class GitHubAnnotations {

    public List<String> lines(AuditReport report) {
        List<String> lines = new ArrayList<>();
        for (Finding finding : ReportContent.of(report).findings()) {
            List<Evidence> files = FindingPlaces.files(finding);
            if (files.isEmpty()) {
                continue;
            }
            Evidence place = files.get(0);
            String command = switch (finding.severity()) {
                case P0, P1 -> "error";
                case P2, P3 -> "warning";
            };
            StringBuilder line = new StringBuilder("::").append(command).append(" file=").append(property(place.path()));
            if (place.line() > 0) {
                line.append(",line=").append(place.line());
            }
            line.append(",title=").append(property(finding.severity() + " " + finding.title() + " (" + finding.ruleId() + ")"));
            String message = finding.currentState().isEmpty() ? finding.title() : finding.currentState();
            lines.add(line.append("::").append(data(message)).toString());
        }
        return lines;
    }

    /** A command's message: GitHub reads {@code %}, CR and LF specially there. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value, where {@code :} and {@code ,} also end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
