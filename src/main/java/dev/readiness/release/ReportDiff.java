package dev.readiness.release;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * What changed between two reports of one project. A finding of the newer report is new unless the older one had
 * its rule open at every place it points at (the baseline's matching, so moved lines do not count as change); a
 * finding of the older report is fixed when its rule is no longer open at all.
 */
public record ReportDiff(SavedReport before, SavedReport after, List<CategoryChange> categories,
                         List<SavedReport.Finding> added, List<SavedReport.Finding> fixed) {

    /** Scores of one category; absent where it was N/A. */
    public record CategoryChange(String id, String name, OptionalInt before, OptionalInt after) {
    }

    public static ReportDiff of(SavedReport before, SavedReport after) {
        Map<String, CategoryChange> categories = new LinkedHashMap<>();
        for (SavedReport.Category category : after.categories()) {
            categories.put(category.id(), new CategoryChange(category.id(), category.name(), OptionalInt.empty(), category.score()));
        }
        for (SavedReport.Category category : before.categories()) {
            CategoryChange now = categories.get(category.id());
            categories.put(category.id(), new CategoryChange(category.id(), category.name(), category.score(),
                    now == null ? OptionalInt.empty() : now.after()));
        }
        List<SavedReport.Finding> added = new ArrayList<>();
        for (SavedReport.Finding finding : after.findings()) {
            if (!before.matcher().covers(finding.ruleId(), finding.places())) {
                added.add(finding);
            }
        }
        List<SavedReport.Finding> fixed = new ArrayList<>();
        for (SavedReport.Finding finding : before.findings()) {
            if (!after.matcher().isOpen(finding.ruleId())) {
                fixed.add(finding);
            }
        }
        return new ReportDiff(before, after, List.copyOf(categories.values()), List.copyOf(added), List.copyOf(fixed));
    }

    /** {@code ▲ +6}, {@code ▼ −3}, {@code =}, or how applicability changed. */
    static String change(OptionalInt before, OptionalInt after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() && after.isEmpty() ? "—" : before.isEmpty() ? "now applies" : "no longer applies";
        }
        int delta = after.getAsInt() - before.getAsInt();
        return delta > 0 ? "▲ +" + delta : delta < 0 ? "▼ −" + -delta : "=";
    }

    /** The score change as a number, absent when either side has no score. */
    static OptionalInt delta(OptionalInt before, OptionalInt after) {
        return before.isPresent() && after.isPresent()
                ? OptionalInt.of(after.getAsInt() - before.getAsInt()) : OptionalInt.empty();
    }
}
