package dev.readiness.cli;

import dev.readiness.release.Portfolio;
import dev.readiness.release.SavedReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness aggregate a.json b.json …}: a portfolio table of many services, worst first. */
@Command(name = "aggregate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "A Markdown table of many JSON reports: score, grade, status, P0/P1, worst categories.")
final class AggregateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "JSON reports, one per service")
    List<Path> files;

    @Override
    public Integer call() {
        List<SavedReport> reports = new ArrayList<>();
        for (Path file : files) {
            try {
                reports.add(SavedReport.read(file));
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("readiness: " + e.getMessage());
                return ExitCode.USAGE;
            } catch (IOException e) {
                spec.commandLine().getErr().println("readiness: cannot read " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        spec.commandLine().getOut().print(Portfolio.markdown(reports));
        return ExitCode.OK;
    }
}
