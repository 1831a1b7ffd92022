package dev.readiness.report;

import dev.readiness.rules.Severity;
import dev.readiness.score.CategoryScore;
import dev.readiness.score.Scorecard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report's opening sentences, generated from the scores and findings so they cannot drift from them. */
final class ExecutiveSummary {
    private static final int TITLES_NAMED = 5;

    private ExecutiveSummary() {
    }

    static List<String> sentences(AuditReport report, ReportContent content) {
        List<String> sentences = new ArrayList<>();
        sentences.add(whatItIs(report));
        sentences.add(whatWasChecked(report.scorecard()));
        sentences.add(verdict(report, content.findings()));
        weakest(report.scorecard()).ifPresent(sentences::add);
        return List.of(String.join(" ", sentences));
    }

    private static String whatItIs(AuditReport report) {
        var stack = report.stack();
        String languages = stack.languages().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(3).collect(Collectors.collectingAndThen(Collectors.toList(),
                        ExecutiveSummary::join));
        List<String> frameworks = report.rules().stack().frameworks().stream()
                .filter(f -> stack.frameworks().contains(f.id())).map(f -> f.name()).toList();
        StringBuilder text = new StringBuilder("**").append(report.projectName()).append("** is ")
                .append(article(stack.kind())).append(' ').append(stack.kind().replace('-', ' '));
        if (!languages.isEmpty()) {
            text.append(" written in ").append(languages);
        }
        if (!frameworks.isEmpty()) {
            text.append(", built with ").append(join(frameworks));
        }
        List<String> platforms = stack.platforms().stream().map(p -> p.name()).toList();
        if (!platforms.isEmpty()) {
            text.append(", deployed on ").append(join(platforms));
        }
        return text.append('.').toString();
    }

    private static String whatWasChecked(Scorecard scorecard) {
        int passed = 0;
        int partial = 0;
        int failed = 0;
        int applicable = 0;
        for (CategoryScore category : scorecard.categories()) {
            passed += category.passed();
            partial += category.partial();
            failed += category.failed();
            applicable += category.applicable() ? 1 : 0;
        }
        int notApplicable = scorecard.categories().size() - applicable;
        return String.format("The audit applied %d rules in %d categories (%d not applicable): %d passed, %d partial, %d failed.",
                passed + partial + failed, applicable, notApplicable, passed, partial, failed);
    }

    private static String verdict(AuditReport report, List<Finding> findings) {
        List<String> blockers = titles(findings, Severity.P0);
        List<String> major = titles(findings, Severity.P1);
        return switch (report.scorecard().status()) {
            case NOT_READY -> "It is **not production ready**: " + count(blockers.size(), "critical blocker")
                    + " must be fixed first — " + join(limit(blockers)) + ".";
            case CONDITIONAL -> "It has no critical blockers, but " + count(major.size(), "major issue")
                    + " should be fixed before launch — " + join(limit(major)) + ".";
            case READY -> "No critical or major issue was found.";
        };
    }

    private static Optional<String> weakest(Scorecard scorecard) {
        List<CategoryScore> weak = scorecard.categories().stream()
                .filter(c -> c.applicable() && c.score().getAsInt() < 100)
                .sorted(Comparator.comparingInt((CategoryScore c) -> c.score().getAsInt()).thenComparing(CategoryScore::id))
                .limit(2).toList();
        if (weak.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Weakest: " + join(weak.stream()
                .map(c -> c.name() + " (" + c.score().getAsInt() + "/100)").toList()) + ".");
    }

    private static List<String> titles(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).map(Finding::title).toList();
    }

    private static List<String> limit(List<String> titles) {
        if (titles.size() <= TITLES_NAMED) {
            return titles;
        }
        List<String> shown = new ArrayList<>(titles.subList(0, TITLES_NAMED));
        shown.add((titles.size() - TITLES_NAMED) + " more");
        return shown;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }

    static String join(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
