package dev.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.facts.Dependency;
import dev.readiness.facts.Evidence;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.Severity;
import dev.readiness.score.CategoryScore;
import dev.readiness.score.Scorecard;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The JSON report: a public interface whose field names are fixed by {@link #SCHEMA_VERSION}. Fields are only
 * ever added, at the end of their object, so a reader of version 1 keeps working: {@code categories[].reason},
 * {@code stack.platforms} and the top-level {@code notApplicable} came later.
 */
public final class JsonReportWriter {
    public static final int SCHEMA_VERSION = 1;
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(AuditReport report) {
        ReportContent content = ReportContent.of(report);
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "readiness");
        tool.put("version", report.toolVersion());
        ObjectNode project = root.putObject("project");
        project.put("name", report.projectName());
        project.put("root", report.root());
        root.put("generatedAt", report.generatedAt().toString());
        summary(root.putObject("summary"), report.scorecard());
        ArrayNode categories = root.putArray("categories");
        report.scorecard().categories().forEach(c -> category(categories.addObject(), c));
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : content.findings()) {
            ObjectNode node = findings.addObject();
            finding(node, finding);
            report.triage().baseline(finding.ruleId()).ifPresent(mark -> node.put("baseline", mark));
        }
        ArrayNode passed = root.putArray("passed");
        for (PassedRule rule : content.passed()) {
            ObjectNode node = passed.addObject();
            node.put("ruleId", rule.ruleId());
            node.put("category", rule.category());
            node.put("title", rule.title());
            evidence(node.putArray("evidence"), rule.evidence());
        }
        stack(root.putObject("stack"), report);
        environment(root.putObject("environment"), content.environment());
        ObjectNode stats = root.putObject("stats");
        stats.put("files", report.inventory().stats().files());
        stats.put("bytes", report.inventory().stats().bytes());
        stats.put("durationMs", report.durationMs());
        stats.put("skipped", report.inventory().stats().skipped());
        ArrayNode warnings = stats.putArray("warnings");
        report.inventory().warnings().forEach(w -> warnings.add(w.toString()));
        report.triage().warnings().forEach(warnings::add);
        ArrayNode suppressed = root.putArray("suppressed");
        for (SuppressedFinding item : content.suppressed()) {
            ObjectNode node = suppressed.addObject();
            finding(node, item.finding());
            ArrayNode by = node.putArray("suppressions");
            for (Suppression suppression : item.suppressions()) {
                ObjectNode entry = by.addObject();
                entry.put("reason", suppression.reason());
                entry.put("source", suppression.source());
            }
        }
        notApplicable(root.putArray("notApplicable"), report.modules());
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static void summary(ObjectNode node, Scorecard scorecard) {
        if (scorecard.overall().isPresent()) {
            node.put("score", scorecard.overall().getAsInt());
            node.put("grade", scorecard.grade().orElseThrow());
        } else {
            node.putNull("score");
            node.putNull("grade");
        }
        node.put("status", scorecard.status().name());
        ObjectNode counts = node.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.name(), scorecard.openCounts().get(severity));
        }
    }

    private static void category(ObjectNode node, CategoryScore category) {
        node.put("id", category.id());
        node.put("name", category.name());
        node.put("applicable", category.applicable());
        if (category.applicable()) {
            node.put("score", category.score().getAsInt());
            node.put("grade", category.grade().orElseThrow());
        } else {
            node.putNull("score");
            node.putNull("grade");
        }
        node.put("failed", category.failed());
        node.put("partial", category.partial());
        node.put("passed", category.passed());
        // null while the category applies, as score and grade are null while it does not
        category.notApplicableReason().ifPresentOrElse(r -> node.put("reason", r), () -> node.putNull("reason"));
    }

    /**
     * Every rule that does not apply, with the reason, in rule-set order: with findings, passed and suppressed
     * it accounts for every rule, so a reader can tell "not checked" from "not in this version".
     */
    private static void notApplicable(ArrayNode array, List<ModuleResult> modules) {
        for (ModuleResult module : modules) {
            for (RuleResult result : module.results()) {
                if (result.outcome() instanceof Outcome.NotApplicable na) {
                    ObjectNode node = array.addObject();
                    node.put("ruleId", result.rule().id());
                    node.put("category", result.rule().module());
                    node.put("title", result.rule().title());
                    node.put("reason", na.reason());
                }
            }
        }
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("ruleId", finding.ruleId());
        node.put("category", finding.category());
        node.put("severity", finding.severity().name());
        node.put("state", finding.state());
        node.put("title", finding.title());
        node.put("impact", finding.impact());
        evidence(node.putArray("evidence"), finding.evidence());
        ArrayNode actions = node.putArray("actions");
        finding.actions().forEach(actions::add);
        ArrayNode commands = node.putArray("commands");
        finding.commands().forEach(commands::add);
        if (finding.effortHours() == Math.rint(finding.effortHours())) {
            node.put("effortHours", (long) finding.effortHours());
        } else {
            node.put("effortHours", finding.effortHours());
        }
    }

    private static void evidence(ArrayNode array, List<Evidence> evidence) {
        for (Evidence item : evidence) {
            ObjectNode node = array.addObject();
            node.put("path", item.path());
            node.put("line", item.line());
            node.put("snippet", item.snippet());
        }
    }

    private static void stack(ObjectNode node, AuditReport report) {
        ObjectNode languages = node.putObject("languages");
        report.stack().languages().forEach(languages::put);
        ArrayNode frameworks = node.putArray("frameworks");
        report.stack().frameworks().forEach(frameworks::add);
        node.put("kind", report.stack().kind());
        ArrayNode dependencies = node.putArray("dependencies");
        report.inventory().dependencies().stream()
                .sorted(Comparator.comparing(Dependency::ecosystem).thenComparing(Dependency::name)
                        .thenComparing(Dependency::path).thenComparingInt(Dependency::line))
                .forEach(d -> {
                    ObjectNode dep = dependencies.addObject();
                    dep.put("ecosystem", d.ecosystem());
                    dep.put("name", d.name());
                    dep.put("version", d.version());
                    dep.put("path", d.path());
                    dep.put("line", d.line());
                });
        ArrayNode platforms = node.putArray("platforms");
        report.stack().platforms().forEach(p -> platforms.add(p.id()));
    }

    private static void environment(ObjectNode node, EnvironmentSummary environment) {
        ArrayNode referenced = node.putArray("referenced");
        for (Map.Entry<String, List<Evidence>> entry : environment.referenced().entrySet()) {
            ObjectNode variable = referenced.addObject();
            variable.put("name", entry.getKey());
            ArrayNode locations = variable.putArray("locations");
            for (Evidence place : entry.getValue()) {
                ObjectNode location = locations.addObject();
                location.put("path", place.path());
                location.put("line", place.line());
            }
        }
        ArrayNode documented = node.putArray("documented");
        environment.documented().forEach(documented::add);
        ArrayNode undocumented = node.putArray("undocumented");
        environment.undocumented().forEach(undocumented::add);
    }
}
