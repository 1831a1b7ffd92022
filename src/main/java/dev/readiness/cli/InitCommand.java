package dev.readiness.cli;

import dev.readiness.config.StarterConfig;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code readiness init [PATH]}: a commented starter {@code .readiness.yml} for the detected stack. It goes to
 * stdout unless {@code --output} names a file, because the target is read-only unless its owner says otherwise.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print a commented starter .readiness.yml for the repository at PATH.")
final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository to look at (default: .)")
    Path root = Path.of(".");

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the file here instead of stdout")
    Path output;

    @Mixin
    RuleSource ruleSource = new RuleSource();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(root)) {
            err.println("readiness: not a folder: " + root);
            return ExitCode.USAGE;
        }
        if (output != null && Files.exists(output)) {
            err.println("readiness: " + output + " already exists; not overwritten");
            return ExitCode.USAGE;
        }
        RuleSet rules;
        try {
            rules = ruleSource.load();
        } catch (YamlFileException e) {
            err.println("readiness: invalid rules: " + e.getMessage());
            return ExitCode.USAGE;
        }
        AuditReport report = new Auditor(rules, ScanOptions.defaults(), Runtime.getRuntime().availableProcessors(),
                Map.of(), Redaction.MASKED, false).audit(root);
        String text = StarterConfig.of(report);
        if (output == null) {
            spec.commandLine().getOut().print(text);
        } else {
            Files.writeString(output, text, StandardCharsets.UTF_8);
            err.println("readiness: wrote " + output);
        }
        return ExitCode.OK;
    }
}
