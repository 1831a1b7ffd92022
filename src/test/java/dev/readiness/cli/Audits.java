package dev.readiness.cli;

import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real pipeline with the bundled rules on a fixture repository. */
final class Audits {
    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    private Audits() {
    }

    static RuleSet bundledRules() {
        try {
            return new RuleLoader(BuiltInChecks.all()).loadBundled();
        } catch (YamlFileException e) {
            throw new AssertionError("bundled rules do not load: " + e.getMessage(), e);
        }
    }

    static AuditReport audit(String fixture, int threads) {
        return auditTree(FIXTURES.resolve(fixture), threads);
    }

    /** A tree a test wrote, e.g. under a {@code @TempDir}. */
    static AuditReport auditTree(Path root, int threads) {
        try {
            return new Auditor(bundledRules(), ScanOptions.defaults(), threads, Map.of(), Redaction.MASKED, false)
                    .audit(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
