package dev.readiness.cli;

import dev.readiness.release.DiffJson;
import dev.readiness.release.DiffMarkdown;
import dev.readiness.release.ReportDiff;
import dev.readiness.release.SavedReport;
import java.nio.file.Path;
import java.util.Optional;
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
        Optional<SavedReport> older = SavedReportFile.read(before, spec.commandLine().getErr());
        Optional<SavedReport> newer = older.isEmpty() ? Optional.empty()
                : SavedReportFile.read(after, spec.commandLine().getErr());
        if (newer.isEmpty()) {
            return ExitCode.USAGE;
        }
        ReportDiff diff = ReportDiff.of(older.get(), newer.get());
        spec.commandLine().getOut().print(format == Format.MD ? DiffMarkdown.write(diff) : DiffJson.write(diff));
        return ExitCode.OK;
    }
}
