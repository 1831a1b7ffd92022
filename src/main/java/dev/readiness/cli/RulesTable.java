package dev.readiness.cli;

import dev.readiness.rules.Polarity;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleModule;
import dev.readiness.rules.RuleScope;
import dev.readiness.rules.RuleSet;

/** The rules as Markdown, one table per module: the README's "Rules" section is this text. */
final class RulesTable {

    private RulesTable() {
    }

    static String markdown(RuleSet rules) {
        StringBuilder text = new StringBuilder();
        for (RuleModule module : rules.modules()) {
            text.append("\n### ").append(module.name()).append(" (`").append(module.id()).append("`)\n\n");
            module.appliesWhen().ifPresent(c -> text.append("Applies when: ").append(cell(c.describe())).append(".\n\n"));
            text.append("| Rule | Severity | Finding | Checks |\n|---|---|---|---|\n");
            for (Rule rule : module.rules()) {
                String checks = (rule.polarity() == Polarity.FAILS_WHEN ? "fails on " : "passes with ")
                        + rule.condition().describe() + perFile(rule);
                text.append("| `").append(rule.id()).append("` | ").append(rule.severity()).append(" | ")
                        .append(cell(rule.title())).append(" | ").append(cell(checks)).append(" |\n");
            }
        }
        return text.toString();
    }

    /** Where a rule judged per file looks, since that is what sets it apart from a repository-wide one. */
    static String perFile(Rule rule) {
        return rule.scope() == RuleScope.FILE ? ", judged per file: in every file with "
                + rule.appliesWhen().orElseThrow().describe() + " (or a module of the repository it imports)" : "";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
