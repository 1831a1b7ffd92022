package dev.readiness.cli;

import dev.readiness.release.DiffJson;
import dev.readiness.release.DiffMarkdown;
import dev.readiness.release.ReportDiff;
import dev.readiness.release.SavedReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness diff OLD.json NEW.json}: what changed between two JSON reports, for release notes. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Compare two JSON reports: score deltas, status change, new and fixed findings.")
final class DiffCommand implements Callable<Integer> {

    /** The formats a diff is written in. */
    enum Format { MD, JSON }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD.json", description = "The earlier JSON report")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW.json", description = "The later JSON report")
    Path after;

    @Option(names = "--format", paramLabel = "md|json", description = "Output format (default: md)")
    Format format = Format.MD;

    @Override
    public Integer call() {
        ReportDiff diff;
        try {
            diff = ReportDiff.of(SavedReport.read(before), SavedReport.read(after));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("readiness: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            spec.commandLine().getErr().println("readiness: cannot read " + e.getMessage());
            return ExitCode.USAGE;
        }
        spec.commandLine().getOut().print(format == Format.MD ? DiffMarkdown.write(diff) : DiffJson.write(diff));
        return ExitCode.OK;
    }
}
