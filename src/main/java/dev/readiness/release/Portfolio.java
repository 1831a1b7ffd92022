package dev.readiness.release;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Many services side by side, worst first: by status (not ready, then with conditions, then ready), then by score
 * from lowest (a service with no score last within its status), then by project name.
 */
public final class Portfolio {
    private static final Comparator<SavedReport> WORST_FIRST = Comparator
            .comparing(SavedReport::status)
            .thenComparingInt(r -> r.score().orElse(Integer.MAX_VALUE))
            .thenComparing(SavedReport::project);

    private Portfolio() {
    }

    public static String markdown(List<SavedReport> reports) {
        StringBuilder out = new StringBuilder("# Readiness portfolio\n\n");
        out.append("| Project | Score | Grade | Status | P0 | P1 | Worst categories |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (SavedReport report : reports.stream().sorted(WORST_FIRST).toList()) {
            out.append("| ").append(DiffMarkdown.cell(report.project()))
                    .append(" | ").append(report.score().isPresent() ? String.valueOf(report.score().getAsInt()) : "N/A")
                    .append(" | ").append(report.score().isPresent() ? report.grade() : "—")
                    .append(" | ").append(report.status().icon()).append(' ').append(report.status().label())
                    .append(" | ").append(report.p0()).append(" | ").append(report.p1())
                    .append(" | ").append(worstTwo(report)).append(" |\n");
        }
        return out.toString();
    }

    /** The two applicable categories with the lowest scores; ties keep the report's category order. */
    static String worstTwo(SavedReport report) {
        String worst = report.categories().stream().filter(c -> c.score().isPresent())
                .sorted(Comparator.comparingInt(c -> c.score().getAsInt())).limit(2)
                .map(c -> DiffMarkdown.cell(c.name()) + " " + c.score().getAsInt()).collect(Collectors.joining(", "));
        return worst.isEmpty() ? "—" : worst;
    }
}
