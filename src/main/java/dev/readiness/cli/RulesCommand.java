package dev.readiness.cli;

import dev.readiness.rules.Polarity;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness rules [ID]}: lists the rules, or explains one. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List every rule, or explain one rule by id.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "A rule id, e.g. payments.no-processor")
    String id;

    @Mixin
    RuleSource ruleSource = new RuleSource();

    @Option(names = "--markdown", description = "List the rules as a Markdown table per module (as in the README)")
    boolean markdown;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet rules;
        try {
            rules = ruleSource.load();
        } catch (YamlFileException e) {
            err.println("readiness: invalid rules: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (id == null && markdown) {
            out.print(RulesTable.markdown(rules));
            return ExitCode.OK;
        }
        if (id == null) {
            for (Rule rule : rules.rules()) {
                out.printf("%-40s %-12s %s  %s%n", rule.id(), rule.module(), rule.severity(), rule.title());
            }
            out.printf("%d rules in %d modules (%s)%n", rules.rules().size(), rules.modules().size(), rules.source());
            return ExitCode.OK;
        }
        Optional<Rule> found = rules.rule(id);
        if (found.isEmpty()) {
            err.println("readiness: no rule with id '" + id + "'; run 'readiness rules' for the list");
            return ExitCode.USAGE;
        }
        explain(out, found.get());
        return ExitCode.OK;
    }

    private static void explain(PrintWriter out, Rule rule) {
        out.println(rule.id() + " — " + rule.title());
        out.println("module: " + rule.module() + " · severity: " + rule.severity() + " · weight: " + rule.weight());
        if (!rule.impact().isEmpty()) {
            out.println("impact: " + rule.impact());
        }
        rule.appliesWhen().ifPresent(c -> out.println("applies when: " + c.describe()));
        out.println((rule.polarity() == Polarity.PASSES_WHEN ? "passes when: " : "fails when: ")
                + rule.condition().describe() + RulesTable.perFile(rule));
        rule.partialWhen().ifPresent(c -> out.println("partial when: " + c.describe()));
        if (!rule.actions().isEmpty()) {
            out.println("actions:");
            rule.actions().forEach(a -> out.println("  - " + a));
        }
        rule.install().forEach((ecosystem, packages) -> out.println("install (" + ecosystem + "): "
                + String.join(" ", packages)));
        if (rule.effortHours() > 0) {
            out.println("effort: " + rule.effortHours() + " h");
        }
        rule.references().forEach(r -> out.println("see: " + r));
    }
}
