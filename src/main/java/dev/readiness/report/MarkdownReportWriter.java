package dev.readiness.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.readiness.facts.Evidence;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.Severity;
import dev.readiness.score.CategoryScore;
import dev.readiness.score.Scorecard;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Renders the Markdown report through a Mustache template (the bundled one or {@code --template}). */
public final class MarkdownReportWriter {
    private static final int EVIDENCE_SHOWN = 5;
    private static final Map<Severity, String> HEADINGS = Map.of(
            Severity.P0, "Critical Blockers (P0 — must fix)",
            Severity.P1, "Major Issues (P1 — high priority)",
            Severity.P2, "Medium Priority (P2)",
            Severity.P3, "Nice to Have (P3)");
    private final Template template;

    /** @param templateText a Mustache template; errors in it surface as {@link IllegalArgumentException} */
    public MarkdownReportWriter(String templateText) {
        try {
            this.template = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true).compile(templateText);
        } catch (MustacheException e) {
            throw new IllegalArgumentException("invalid report template: " + e.getMessage(), e);
        }
    }

    public String write(AuditReport report) {
        return template.execute(view(report, ReportContent.of(report)));
    }

    private static MarkdownView view(AuditReport report, ReportContent content) {
        Scorecard scorecard = report.scorecard();
        String score = scorecard.overall().isPresent()
                ? scorecard.overall().getAsInt() + "/100 (" + scorecard.grade().orElseThrow() + ")" : "N/A";
        return new MarkdownView(
                report.projectName() + " Production Readiness Report",
                report.generatedAt().atZone(ZoneOffset.UTC).toLocalDate().toString(),
                scorecard.status().icon() + " " + scorecard.status().label(),
                score,
                ExecutiveSummary.sentences(report, content),
                stackRows(report),
                scoreRows(scorecard),
                sections(content.findings(), report.triage()),
                working(content.passed()),
                environment(content.environment()),
                roadmap(content.findings()),
                checklist(content),
                notApplicable(report.modules()),
                report.inventory().warnings().stream().map(w -> Markdown.inline(w.toString())).toList(),
                suppressedSection(content, report.triage()),
                footer(report));
    }

    private static List<MarkdownView.Row> stackRows(AuditReport report) {
        var stack = report.stack();
        String languages = stack.languages().entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + " files)").collect(Collectors.joining(", "));
        List<String> frameworkNames = report.rules().stack().frameworks().stream()
                .filter(f -> stack.frameworks().contains(f.id())).map(f -> f.name()).toList();
        List<MarkdownView.Row> rows = new ArrayList<>(List.of(
                new MarkdownView.Row("Kind of system", stack.kind()),
                new MarkdownView.Row("Languages", orNone(languages)),
                new MarkdownView.Row("Frameworks", orNone(String.join(", ", frameworkNames)))));
        // only when there is one: most repositories name no platform, and their reports stay as they were
        if (!stack.platforms().isEmpty()) {
            rows.add(new MarkdownView.Row("Deployed on", Markdown.cell(stack.platforms().stream()
                    .map(p -> p.name() + " (" + p.evidence().stream().limit(2).map(Evidence::location)
                            .collect(Collectors.joining(", ")) + ")")
                    .collect(Collectors.joining(", ")))));
        }
        rows.add(new MarkdownView.Row("Package ecosystems", orNone(String.join(", ", stack.ecosystems()))));
        rows.add(new MarkdownView.Row("Declared dependencies", String.valueOf(report.inventory().dependencies().size())));
        return List.copyOf(rows);
    }

    private static String orNone(String text) {
        return text.isEmpty() ? "none detected" : Markdown.cell(text);
    }

    private static List<MarkdownView.ScoreRow> scoreRows(Scorecard scorecard) {
        List<MarkdownView.ScoreRow> rows = new ArrayList<>();
        for (CategoryScore category : scorecard.categories()) {
            if (!category.applicable()) {
                rows.add(new MarkdownView.ScoreRow(category.name(), "N/A", "—", "➖ Not applicable", "—"));
                continue;
            }
            int score = category.score().getAsInt();
            String status = category.module().results().stream().filter(RuleResult::open)
                    .map(r -> r.rule().severity()).min(Comparator.naturalOrder())
                    .map(MarkdownReportWriter::categoryStatus).orElse("✅ Ready");
            rows.add(new MarkdownView.ScoreRow(category.name(), score + "/100", category.grade().orElseThrow(),
                    status, Markdown.cell(category.topIssue().orElse("—"))));
        }
        return rows;
    }

    /** The same reading as the overall status: a category with an open P0 blocks, one with a P1 conditions. */
    private static String categoryStatus(Severity worstOpen) {
        return switch (worstOpen) {
            case P0 -> "❌ Blocker";
            case P1 -> "⚠️ Needs work";
            case P2, P3 -> "🟡 Minor gaps";
        };
    }

    private static List<MarkdownView.Section> sections(List<Finding> findings, Triage triage) {
        List<MarkdownView.Section> sections = new ArrayList<>();
        int number = 1;
        for (Severity severity : Severity.values()) {
            List<MarkdownView.FindingView> views = new ArrayList<>();
            for (Finding finding : findings) {
                if (finding.severity() == severity) {
                    views.add(findingView(number++, finding, triage.baseline(finding.ruleId())));
                }
            }
            sections.add(new MarkdownView.Section(HEADINGS.get(severity), views));
        }
        return sections;
    }

    private static MarkdownView.FindingView findingView(int number, Finding finding, Optional<String> baseline) {
        List<String> evidence = new ArrayList<>();
        for (Evidence item : finding.evidence().subList(0, Math.min(EVIDENCE_SHOWN, finding.evidence().size()))) {
            evidence.add(Markdown.evidence(item));
        }
        if (finding.evidence().size() > EVIDENCE_SHOWN) {
            evidence.add("… and " + (finding.evidence().size() - EVIDENCE_SHOWN) + " more");
        }
        String currentState = finding.currentState().isEmpty()
                ? (finding.state().equals("partial") ? "Partly in place." : "Not in place.")
                : finding.currentState();
        return new MarkdownView.FindingView(number, finding.title(), finding.ruleId(), finding.severity().name(),
                (finding.state().equals("partial") ? "⚠️ partial" : "❌ failed")
                        + baseline.map(mark -> mark.equals("new") ? " · new" : " · in the baseline").orElse(""),
                finding.impact(), currentState, evidence, finding.actions(), codeBlocks(finding.install()), effort(finding.effortHours()));
    }

    /** Consecutive commands with the same fence share one block, as a reader would copy them. */
    private static List<MarkdownView.CodeBlock> codeBlocks(List<InstallCommand> commands) {
        List<MarkdownView.CodeBlock> blocks = new ArrayList<>();
        for (InstallCommand command : commands) {
            int last = blocks.size() - 1;
            if (last >= 0 && blocks.get(last).fence().equals(command.fence())) {
                blocks.set(last, new MarkdownView.CodeBlock(command.fence(), blocks.get(last).text() + "\n" + command.text()));
            } else {
                blocks.add(new MarkdownView.CodeBlock(command.fence(), command.text()));
            }
        }
        return blocks;
    }

    static String effort(double hours) {
        if (hours <= 0) {
            return "not estimated";
        }
        String amount = hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours);
        return "~" + amount + " h";
    }

    private static List<MarkdownView.Working> working(List<PassedRule> passed) {
        return passed.stream().map(p -> new MarkdownView.Working(p.title(), p.ruleId(),
                p.evidence().isEmpty() ? "" : " — " + p.evidence().stream().limit(3)
                        .map(e -> "`" + e.location() + "`").collect(Collectors.joining(", ")))).toList();
    }

    private static MarkdownView.Environment environment(EnvironmentSummary environment) {
        List<MarkdownView.EnvRow> rows = new ArrayList<>();
        environment.referenced().forEach((name, places) -> rows.add(new MarkdownView.EnvRow(name,
                places.stream().limit(3).map(p -> "`" + p.location() + "`").collect(Collectors.joining(", "))
                        + (places.size() > 3 ? " +" + (places.size() - 3) : ""),
                environment.documented().contains(name) ? "✅" : "❌")));
        String example = environment.undocumented().stream().map(n -> n + "=").collect(Collectors.joining("\n"));
        return new MarkdownView.Environment(rows, List.copyOf(environment.undocumented()), example);
    }

    /** Phases by severity; inside a phase, quick wins first. */
    private static List<MarkdownView.Phase> roadmap(List<Finding> findings) {
        List<MarkdownView.Phase> phases = new ArrayList<>();
        addPhase(phases, "Phase 1: Critical blockers", findings, List.of(Severity.P0));
        addPhase(phases, "Phase 2: Major issues", findings, List.of(Severity.P1));
        addPhase(phases, "Phase 3: Hardening", findings, List.of(Severity.P2, Severity.P3));
        return phases;
    }

    private static void addPhase(List<MarkdownView.Phase> phases, String name, List<Finding> findings,
                                 List<Severity> severities) {
        List<Finding> inPhase = findings.stream().filter(f -> severities.contains(f.severity()))
                .sorted(Comparator.comparingDouble(Finding::effortHours).thenComparing(Finding::ruleId)).toList();
        if (inPhase.isEmpty()) {
            return;
        }
        double hours = inPhase.stream().mapToDouble(Finding::effortHours).sum();
        List<String> items = inPhase.stream()
                .map(f -> f.title() + " (`" + f.ruleId() + "`, " + effort(f.effortHours()) + ")").toList();
        phases.add(new MarkdownView.Phase(name, effort(hours), items));
    }

    private static List<MarkdownView.CheckItem> checklist(ReportContent content) {
        List<MarkdownView.CheckItem> items = new ArrayList<>();
        content.findings().forEach(f -> items.add(new MarkdownView.CheckItem(" ",
                f.severity() + " " + f.title() + " (`" + f.ruleId() + "`)")));
        content.passed().forEach(p -> items.add(new MarkdownView.CheckItem("x", p.title() + " (`" + p.ruleId() + "`)")));
        return items;
    }

    private static List<MarkdownView.Row> notApplicable(List<ModuleResult> modules) {
        List<MarkdownView.Row> rows = new ArrayList<>();
        for (ModuleResult module : modules) {
            if (module.notApplicableReason().isPresent()) {
                rows.add(new MarkdownView.Row(module.module().name(), Markdown.cell(module.notApplicableReason().get())));
            } else {
                for (RuleResult result : module.results()) {
                    if (!result.applicable() && result.outcome() instanceof dev.readiness.rules.Outcome.NotApplicable na) {
                        rows.add(new MarkdownView.Row("`" + result.rule().id() + "`", Markdown.cell(na.reason())));
                    }
                }
            }
        }
        return rows;
    }

    private static List<MarkdownView.SuppressedSection> suppressedSection(ReportContent content, Triage triage) {
        if (content.suppressed().isEmpty() && triage.warnings().isEmpty()) {
            return List.of();
        }
        List<MarkdownView.SuppressedRow> rows = new ArrayList<>();
        for (SuppressedFinding item : content.suppressed()) {
            Finding finding = item.finding();
            String where = finding.evidence().isEmpty() ? "—" : finding.evidence().stream().limit(EVIDENCE_SHOWN)
                    .map(e -> "`" + e.location() + "`").collect(Collectors.joining(", "));
            String reason = item.suppressions().stream().map(s -> s.reason() + " (`" + s.source() + "`)")
                    .collect(Collectors.joining("; "));
            rows.add(new MarkdownView.SuppressedRow(Markdown.cell(finding.title()), finding.ruleId(),
                    finding.severity().name(), where, Markdown.cell(reason)));
        }
        return List.of(new MarkdownView.SuppressedSection(rows,
                triage.warnings().stream().map(Markdown::inline).toList()));
    }

    private static String footer(AuditReport report) {
        var stats = report.inventory().stats();
        return String.format(Locale.ROOT,
                "Generated by readiness %s · rules: %s (%d rules) · %d files scanned (%s), %d skipped · %d ms",
                report.toolVersion(), report.rules().source(), report.rules().rules().size(), stats.files(),
                Markdown.bytes(stats.bytes()), stats.skipped(), report.durationMs());
    }
}
