package dev.readiness.release;

import java.util.List;
import java.util.OptionalInt;

/** The diff as Markdown for release notes. */
public final class DiffMarkdown {

    private DiffMarkdown() {
    }

    public static String write(ReportDiff diff) {
        SavedReport before = diff.before();
        SavedReport after = diff.after();
        StringBuilder out = new StringBuilder();
        String project = before.project().equals(after.project()) ? after.project()
                : before.project() + " → " + after.project();
        out.append("# Readiness changes: ").append(cell(project)).append("\n\n");
        out.append("| | Before | After | Change |\n|---|---|---|---|\n");
        out.append("| Overall | ").append(before.scoreText()).append(" | ").append(after.scoreText()).append(" | ")
                .append(ReportDiff.change(before.score(), after.score())).append(" |\n");
        out.append("| Status | ").append(status(before)).append(" | ").append(status(after)).append(" | ")
                .append(before.status() == after.status() ? "=" : before.status().compareTo(after.status()) < 0
                        ? "▲ better" : "▼ worse").append(" |\n");
        out.append("| Open P0 / P1 | ").append(before.p0()).append(" / ").append(before.p1()).append(" | ")
                .append(after.p0()).append(" / ").append(after.p1()).append(" | ")
                .append(signed(after.p0() - before.p0())).append(" / ").append(signed(after.p1() - before.p1()))
                .append(" |\n");
        out.append("\n## Categories\n\n| Category | Before | After | Change |\n|---|---|---|---|\n");
        for (ReportDiff.CategoryChange category : diff.categories()) {
            out.append("| ").append(cell(category.name())).append(" | ").append(score(category.before()))
                    .append(" | ").append(score(category.after())).append(" | ")
                    .append(ReportDiff.change(category.before(), category.after())).append(" |\n");
        }
        findings(out, "New findings", diff.added());
        findings(out, "Fixed findings", diff.fixed());
        return out.toString();
    }

    private static void findings(StringBuilder out, String heading, List<SavedReport.Finding> findings) {
        out.append("\n## ").append(heading).append(" (").append(findings.size()).append(")\n\n");
        if (findings.isEmpty()) {
            out.append("None.\n");
        }
        for (SavedReport.Finding finding : findings) {
            out.append("- ").append(finding.severity()).append(' ').append(cell(finding.title())).append(" (`")
                    .append(finding.ruleId()).append("`)");
            if (!finding.location().isEmpty()) {
                out.append(" — `").append(finding.location()).append('`');
            }
            out.append('\n');
        }
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + -delta : "±0";
    }

    private static String status(SavedReport report) {
        return report.status().icon() + " " + report.status().label();
    }

    private static String score(OptionalInt score) {
        return score.isPresent() ? String.valueOf(score.getAsInt()) : "N/A";
    }

    /** Text from a report file goes into table cells and list items: a pipe or line break would break them. */
    static String cell(String text) {
        return text.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }
}
