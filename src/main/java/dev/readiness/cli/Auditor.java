package dev.readiness.cli;

import dev.readiness.config.AcceptedFindings;
import dev.readiness.config.Baseline;
import dev.readiness.config.Suppressor;
import dev.readiness.config.Tailoring;
import dev.readiness.facts.FactCollector;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.ScanProgress;
import dev.readiness.facts.Stack;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.facts.secrets.SecretScanner;
import dev.readiness.report.AuditReport;
import dev.readiness.report.Triage;
import dev.readiness.rules.AuditFacts;
import dev.readiness.rules.HeadingPrefilter;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.PatternMatcher;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleEvaluator;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.StackDetector;
import dev.readiness.scan.BackgroundWalk;
import dev.readiness.scan.ScanOptions;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Runs the whole pipeline on one root: scan and facts, stack, rules, suppressions and baseline, score. */
public final class Auditor {
    private final RuleSet rules;
    private final ScanOptions scanOptions;
    private final int threads;
    private final Map<String, Double> categoryWeights;
    private final Tailoring tailoring;
    private final Optional<Baseline> baseline;
    private final Redaction redaction;
    private final boolean history;

    /** A plain audit: no configuration, no baseline. */
    public Auditor(RuleSet rules, ScanOptions scanOptions, int threads, Map<String, Double> categoryWeights,
                   Redaction redaction, boolean history) {
        this(rules, scanOptions, threads, categoryWeights, Tailoring.none(), Optional.empty(), redaction, history);
    }

    /** An audit fitted by a {@code .readiness.yml} and the module selection, against an optional baseline. */
    public Auditor(RuleSet rules, ScanOptions scanOptions, int threads, Tailoring tailoring,
                   Optional<Baseline> baseline, Redaction redaction, boolean history) {
        this(rules, scanOptions, threads, tailoring.weights(), tailoring, baseline, redaction, history);
    }

    private Auditor(RuleSet rules, ScanOptions scanOptions, int threads, Map<String, Double> categoryWeights,
                    Tailoring tailoring, Optional<Baseline> baseline, Redaction redaction, boolean history) {
        this.rules = tailoring.rules(rules);
        this.scanOptions = scanOptions;
        this.threads = threads;
        this.categoryWeights = Map.copyOf(categoryWeights);
        this.tailoring = tailoring;
        this.baseline = baseline;
        this.redaction = redaction;
        this.history = history;
    }

    public AuditReport audit(Path root) throws IOException {
        return audit(root, ScanProgress.NONE);
    }

    public AuditReport audit(Path root, ScanProgress progress) throws IOException {
        return audit(BackgroundWalk.start(root, scanOptions), progress);
    }

    /** Audits the tree of a walk started earlier with this auditor's scan options. */
    public AuditReport audit(BackgroundWalk walk, ScanProgress progress) throws IOException {
        if (!walk.options().equals(scanOptions)) {
            throw new IllegalArgumentException("the walk was started with other scan options than the audit's");
        }
        Instant generatedAt = Instant.now();
        Path realRoot = walk.root();
        progress.stage("walking", 0);
        FactCollector collector = new FactCollector(scanOptions, threads, new PatternMatcher(rules.patterns()),
                new HeadingPrefilter(rules.headings()),
                new SecretScanner(rules.secrets(), redaction, history, scanOptions.maxFileBytes()));
        Inventory inventory = collector.collect(realRoot, walk.result(), progress);
        progress.stage("evaluating", 0);
        Stack stack = new StackDetector(rules.stack()).detect(inventory);
        List<ModuleResult> evaluated = tailoring.results(new RuleEvaluator(rules).evaluate(new AuditFacts(inventory, stack)));
        Set<String> ruleIds = rules.rules().stream().map(Rule::id).collect(Collectors.toSet());
        Suppressor.Result suppression = new Suppressor(tailoring.config().suppressions(), ruleIds,
                generatedAt.atZone(ZoneOffset.UTC).toLocalDate()).apply(evaluated, inventory.inlineSuppressions());
        List<ModuleResult> modules = suppression.modules();
        Scorecard scorecard = new Scorer(categoryWeights)
                .score(AcceptedFindings.asPassed(modules, suppression.suppressed().keySet()));
        Triage triage = new Triage(suppression.suppressed(), baseline.map(b -> b.existing(modules)),
                suppression.warnings());
        long durationMs = (System.nanoTime() - walk.startedNanos()) / 1_000_000;
        Path name = realRoot.getFileName();
        String projectName = tailoring.config().project()
                .orElse(name == null ? realRoot.toString() : name.toString());
        return new AuditReport(projectName, realRoot.toString(), generatedAt, ToolVersion.get(), rules, inventory,
                stack, modules, scorecard, durationMs, triage);
    }

    /**
     * The scorecard that judges new findings only: suppressed findings and those already in the baseline are
     * scored as passes, exactly as suppressed findings are in {@link AuditReport#scorecard()}.
     */
    public Scorecard newFindingsOnly(AuditReport report) {
        Set<String> accepted = new HashSet<>(report.triage().suppressed().keySet());
        report.triage().existing().ifPresent(accepted::addAll);
        return new Scorer(categoryWeights).score(AcceptedFindings.asPassed(report.modules(), accepted));
    }
}
