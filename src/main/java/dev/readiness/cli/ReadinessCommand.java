package dev.readiness.cli;

import picocli.CommandLine.Command;

/** The top-level command; does nothing itself but hold the subcommands. */
@Command(name = "readiness", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audits a repository for production readiness and writes a scored, evidence-backed report.",
        subcommands = {AuditCommand.class, RulesCommand.class, InitCommand.class, DiffCommand.class,
                AggregateCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the audit ran and the gate held", "1:the gate failed (--fail-under, --fail-on)",
                "2:bad usage, configuration or rules", "3:internal error"})
final class ReadinessCommand {
}
