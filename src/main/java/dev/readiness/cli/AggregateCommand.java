package dev.readiness.cli;

import dev.readiness.release.Portfolio;
import dev.readiness.release.SavedReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
            Optional<SavedReport> report = SavedReportFile.read(file, spec.commandLine().getErr());
            if (report.isEmpty()) {
                return ExitCode.USAGE;
            }
            reports.add(report.get());
        }
        spec.commandLine().getOut().print(Portfolio.markdown(reports));
        return ExitCode.OK;
    }
}
