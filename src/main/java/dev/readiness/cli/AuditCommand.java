package dev.readiness.cli;

import dev.readiness.facts.secrets.Redaction;
import dev.readiness.config.Baseline;
import dev.readiness.config.ProjectConfig;
import dev.readiness.config.Tailoring;
import dev.readiness.facts.ScanProgress;
import dev.readiness.report.AuditReport;
import dev.readiness.report.CodeQualityReportWriter;
import dev.readiness.report.HtmlReportWriter;
import dev.readiness.report.JUnitReportWriter;
import dev.readiness.report.JsonReportWriter;
import dev.readiness.report.MarkdownReportWriter;
import dev.readiness.report.SarifReportWriter;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.Severity;
import dev.readiness.rules.YamlFileException;
import dev.readiness.scan.BackgroundWalk;
import dev.readiness.scan.ScanOptions;
import dev.readiness.score.Scorecard;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code readiness audit [PATH]}: scans, scores, writes the reports and applies the gate. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Audit a repository and write a readiness report.")
final class AuditCommand implements Callable<Integer> {
    private static final String BUNDLED_TEMPLATE = "/templates/report.md.mustache";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Repository to audit (default: .)")
    Path root = Path.of(".");

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES} (default: md)")
    List<OutputFormat> formats = List.of(OutputFormat.MD);

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|DIR",
            description = "Report file for one format, or folder for several (default: readiness-report.<ext> here)")
    Path output;

    @Option(names = "--fail-under", paramLabel = "N", description = "Exit 1 when the overall score is below N")
    Integer failUnder;

    @Option(names = "--fail-on", paramLabel = "P0|P1|P2|P3",
            description = "Exit 1 when a finding of this severity or higher is open")
    Severity failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: .readiness.yml in PATH, when there is one)")
    Path configFile;

    @Option(names = "--baseline", paramLabel = "OLD.json",
            description = "A previous JSON report: findings already in it are marked existing")
    Path baselineFile;

    @Option(names = "--new-only", description = "--fail-on and --fail-under judge new findings only (needs --baseline)")
    boolean newOnly;

    @Option(names = "--only", split = ",", paramLabel = "MODULES", description = "Audit only these modules")
    List<String> only = List.of();

    @Option(names = "--skip", split = ",", paramLabel = "MODULES", description = "Leave these modules out (N/A)")
    List<String> skip = List.of();

    @Mixin
    RuleSource ruleSource = new RuleSource();

    @Option(names = "--template", paramLabel = "FILE", description = "Mustache template for the Markdown report")
    Path templateFile;

    @Option(names = "--threads", paramLabel = "N", description = "Files analysed in parallel (default: cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Skip files larger than this (default: 2 MiB)")
    long maxFileBytes = ScanOptions.defaults().maxFileBytes();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but warnings and errors")
    boolean quiet;

    @Option(names = "--no-color", description = "No ANSI colours in the terminal summary")
    boolean noColor;

    @Option(names = "--progress", negatable = true,
            description = "Show files read, MB/s and the stage on stderr (default: on when stderr is a terminal, "
                    + "off under --quiet or CI=true)")
    Boolean progress;

    @Option(names = "--no-redact", description = "Show found secrets whole, for local use only (refused when CI=true)")
    boolean noRedact;

    @Option(names = "--history", description = "Also look for secrets that were removed but are still in git history")
    boolean history;

    /** The process environment; a field so that tests can stand in for CI. */
    Function<String, String> environment = System::getenv;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(root)) {
            err.println("readiness: not a folder: " + root);
            return ExitCode.USAGE;
        }
        if (threads < 1 || maxFileBytes < 1 || (failUnder != null && (failUnder < 0 || failUnder > 100))) {
            err.println("readiness: --threads and --max-file-size must be positive, --fail-under between 0 and 100");
            return ExitCode.USAGE;
        }
        if (noRedact && "true".equalsIgnoreCase(environment.apply("CI"))) {
            err.println("readiness: --no-redact is refused when CI=true: CI logs and artifacts are shared");
            return ExitCode.USAGE;
        }
        if (newOnly && baselineFile == null) {
            err.println("readiness: --new-only needs --baseline OLD.json");
            return ExitCode.USAGE;
        }
        ConfigFile configSource;
        try {
            configSource = ConfigFile.read(configFile, root);
        } catch (IllegalArgumentException | IOException e) {
            err.println("readiness: " + e.getMessage());
            return ExitCode.USAGE;
        }
        // the walk needs only the ignore patterns: it lists the tree while the rules are loaded and compiled
        Optional<BackgroundWalk> earlyWalk = Optional.empty();
        Optional<List<String>> ignoreGlobs = configSource.ignoreGlobs();
        if (ignoreGlobs.isPresent()) {
            earlyWalk = Optional.of(BackgroundWalk.start(root, new ScanOptions(maxFileBytes, ignoreGlobs.get())));
        }
        RuleSet rules;
        MarkdownReportWriter markdown;
        ProjectConfig config;
        Optional<Baseline> baseline;
        try {
            rules = ruleSource.load();
            markdown = new MarkdownReportWriter(templateText());
        } catch (YamlFileException e) {
            err.println("readiness: invalid rules: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException | IOException e) {
            err.println("readiness: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            config = configSource.parse(rules);
            checkModules(rules, only, "--only");
            checkModules(rules, skip, "--skip");
            baseline = baselineFile == null ? Optional.empty() : Optional.of(Baseline.read(baselineFile));
        } catch (YamlFileException e) {
            err.println("readiness: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException | IOException e) {
            err.println("readiness: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ScanOptions scanOptions = new ScanOptions(maxFileBytes, config.ignore());
        BackgroundWalk walk = earlyWalk.isPresent() && earlyWalk.get().options().equals(scanOptions)
                ? earlyWalk.get() : BackgroundWalk.start(root, scanOptions);
        Auditor auditor = new Auditor(rules, scanOptions, threads, new Tailoring(config, Set.copyOf(only),
                Set.copyOf(skip)), baseline, noRedact ? Redaction.WHOLE : Redaction.MASKED, history);
        AuditReport report;
        if (showProgress()) {
            try (ProgressLine line = new ProgressLine(err)) {
                report = auditor.audit(walk, line);
            }
        } else {
            report = auditor.audit(walk, ScanProgress.NONE);
        }
        List<Path> written = writeReports(report, markdown);
        new GitHubActionsOutput(System.getenv()).publish(report, markdown, spec.commandLine().getOut(), err);
        Gate gate = new Gate(Optional.ofNullable(failUnder).or(config::failUnder),
                Optional.ofNullable(failOn).or(config::failOn), newOnly);
        List<String> gateFailures = gate.failures(newOnly ? auditor.newFindingsOnly(report) : report.scorecard());
        if (quiet) {
            report.inventory().warnings().forEach(w -> err.println("readiness: warning: " + w));
        } else {
            printSummary(err, report, written);
        }
        report.triage().warnings().forEach(w -> err.println("readiness: warning: " + w));
        gateFailures.forEach(reason -> err.println("readiness: gate failed: " + reason));
        return gateFailures.isEmpty() ? ExitCode.OK : ExitCode.GATE_FAILED;
    }

    private static void checkModules(RuleSet rules, List<String> ids, String option) {
        for (String id : ids) {
            if (rules.module(id).isEmpty()) {
                throw new IllegalArgumentException(option + ": no module '" + id + "' (modules: "
                        + String.join(", ", rules.modules().stream().map(m -> m.id()).sorted().toList()) + ")");
            }
        }
    }

    private boolean showProgress() {
        if (progress != null) {
            return progress;
        }
        return System.console() != null && !quiet && !"true".equalsIgnoreCase(environment.apply("CI"));
    }

    private String templateText() throws IOException {
        if (templateFile != null) {
            return Files.readString(templateFile, StandardCharsets.UTF_8);
        }
        try (InputStream in = AuditCommand.class.getResourceAsStream(BUNDLED_TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled report template is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private List<Path> writeReports(AuditReport report, MarkdownReportWriter markdown) throws IOException {
        List<OutputFormat> unique = List.copyOf(new LinkedHashSet<>(formats));
        boolean oneFile = output != null && unique.size() == 1 && !Files.isDirectory(output);
        List<Path> written = new ArrayList<>();
        for (OutputFormat format : unique) {
            Path target = oneFile ? output
                    : output == null ? Path.of(format.defaultFileName()) : output.resolve(format.defaultFileName());
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            String text = switch (format) {
                case MD -> markdown.write(report);
                case JSON -> new JsonReportWriter().write(report);
                case SARIF -> new SarifReportWriter().write(report);
                case JUNIT -> new JUnitReportWriter().write(report);
                case HTML -> new HtmlReportWriter(markdown).write(report);
                case CODEQUALITY -> new CodeQualityReportWriter().write(report);
            };
            try {
                Files.writeString(target, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + target, e);
            }
            written.add(target);
        }
        return written;
    }

    private void printSummary(PrintWriter err, AuditReport report, List<Path> written) {
        Scorecard scorecard = report.scorecard();
        Ansi ansi = noColor || System.getenv("NO_COLOR") != null ? Ansi.OFF : Ansi.AUTO;
        String colour = switch (scorecard.status()) {
            case NOT_READY -> "red";
            case CONDITIONAL -> "yellow";
            case READY -> "green";
        };
        String score = scorecard.overall().isPresent()
                ? scorecard.overall().getAsInt() + "/100 (" + scorecard.grade().orElseThrow() + ")" : "N/A";
        Map<Severity, Integer> counts = scorecard.openCounts();
        err.println(ansi.string("@|bold readiness|@ " + score + "  @|" + colour + ",bold "
                + scorecard.status().label() + "|@"));
        err.println(String.format("  open findings: P0 %d · P1 %d · P2 %d · P3 %d", counts.get(Severity.P0),
                counts.get(Severity.P1), counts.get(Severity.P2), counts.get(Severity.P3)));
        int warnings = report.inventory().warnings().size();
        if (warnings > 0) {
            err.println("  scan warnings: " + warnings + " (listed in the report)");
        }
        int suppressed = report.triage().suppressed().size();
        if (suppressed > 0) {
            err.println("  suppressed findings: " + suppressed + " (not counted; listed in the report)");
        }
        written.forEach(path -> err.println("  report: " + path));
    }
}
