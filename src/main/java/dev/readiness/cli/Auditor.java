package dev.readiness.cli;

import dev.readiness.facts.FactCollector;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.Stack;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.facts.secrets.SecretScanner;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.AuditFacts;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.PatternMatcher;
import dev.readiness.rules.RuleEvaluator;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.StackDetector;
import dev.readiness.scan.ScanOptions;
import dev.readiness.score.Scorecard;
import dev.readiness.score.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Runs the whole pipeline on one root: scan and facts, stack, rules, score. */
public final class Auditor {
    private final RuleSet rules;
    private final ScanOptions scanOptions;
    private final int threads;
    private final Map<String, Double> categoryWeights;
    private final Redaction redaction;
    private final boolean history;

    public Auditor(RuleSet rules, ScanOptions scanOptions, int threads, Map<String, Double> categoryWeights,
                   Redaction redaction, boolean history) {
        this.rules = rules;
        this.scanOptions = scanOptions;
        this.threads = threads;
        this.categoryWeights = Map.copyOf(categoryWeights);
        this.redaction = redaction;
        this.history = history;
    }

    public AuditReport audit(Path root) throws IOException {
        long started = System.nanoTime();
        Instant generatedAt = Instant.now();
        Path realRoot = root.toRealPath();
        Inventory inventory = new FactCollector(scanOptions, threads, new PatternMatcher(rules.patterns()),
                new SecretScanner(rules.secrets(), redaction, history, scanOptions.maxFileBytes())).collect(realRoot);
        Stack stack = new StackDetector(rules.stack()).detect(inventory);
        List<ModuleResult> modules = new RuleEvaluator(rules).evaluate(new AuditFacts(inventory, stack));
        Scorecard scorecard = new Scorer(categoryWeights).score(modules);
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        Path name = realRoot.getFileName();
        return new AuditReport(name == null ? realRoot.toString() : name.toString(), realRoot.toString(),
                generatedAt, ToolVersion.get(), rules, inventory, stack, modules, scorecard, durationMs);
    }
}
