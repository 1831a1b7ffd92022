package dev.readiness.config;

import dev.readiness.report.AuditReport;
import dev.readiness.rules.ModuleResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The commented {@code .readiness.yml} that {@code readiness init} writes. Only the project name is set: every
 * other setting is a comment showing the choice that would change this repository's audit, so the file changes
 * nothing until its owner decides something.
 */
public final class StarterConfig {

    private StarterConfig() {
    }

    public static String of(AuditReport report) {
        var stack = report.stack();
        List<String> lines = new ArrayList<>();
        lines.add("# readiness configuration for " + report.projectName() + ": " + stack.kind()
                + (stack.languages().isEmpty() ? "" : "; " + String.join(", ", stack.languages().keySet()))
                + (stack.frameworks().isEmpty() ? "" : "; " + String.join(", ", stack.frameworks())));
        lines.add("# Every key is optional. Unknown keys are errors, so a typo never passes silently.");
        lines.add("");
        lines.add("# The name the report shows (default: the folder's name).");
        lines.add("project: " + quoted(report.projectName()));
        lines.add("");
        lines.add("# The CI gate; --fail-under and --fail-on on the command line win over these.");
        lines.add("# fail-under: 80");
        lines.add("# fail-on: P0");
        lines.add("");
        lines.add("# Weight of a category in the overall score (default 1).");
        lines.add("# weights:");
        lines.add("#   security: 2");
        lines.add("");
        lines.add("# 'required' applies a module without its signal; 'off' makes it N/A. As detected here:");
        lines.add("# modules:");
        int width = report.modules().stream().mapToInt(m -> m.module().id().length()).max().orElse(0);
        for (ModuleResult module : report.modules()) {
            String id = module.module().id();
            String padding = " ".repeat(width - id.length());
            lines.add(module.applicable()
                    ? "#   " + id + ": off" + padding + "       # applies here"
                    : "#   " + id + ": required" + padding + "  # N/A here: no signal for it");
        }
        lines.add("");
        lines.add("# 'off' reports a rule N/A; P0, P1, P2 or P3 gives it another severity ('readiness rules' lists them).");
        lines.add("# rules:");
        lines.add("#   docs.no-runbook: off");
        lines.add("");
        lines.add("# More paths to leave out, in .gitignore syntax.");
        lines.add("# ignore:");
        lines.add("#   - \"generated/**\"");
        lines.add("");
        lines.add("# Accepted findings: rule id, optional path glob, a reason, an optional expiry date.");
        lines.add("# Inline, a comment 'readiness:ignore RULE_ID reason' on or above the line does the same.");
        lines.add("# suppressions:");
        lines.add("#   - rule: security.cors-wildcard");
        lines.add("#     path: \"src/public/**\"");
        lines.add("#     reason: the public API is read-only");
        lines.add("#     expires: 2030-12-31");
        return String.join("\n", lines) + "\n";
    }

    /** A YAML double-quoted scalar, so any folder name reads back as the same text. */
    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
