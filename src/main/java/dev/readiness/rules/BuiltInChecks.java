package dev.readiness.rules;

import dev.readiness.facts.secrets.Exposure;
import java.util.Map;
import java.util.Set;

/** The checks rule files may name with {@code check: NAME}. */
public final class BuiltInChecks {

    private BuiltInChecks() {
    }

    public static Map<String, Check> all() {
        return Map.ofEntries(
                Map.entry("env-vars-undocumented", new EnvVarsUndocumentedCheck()),
                Map.entry("env-file-with-values", new EnvFileWithValuesCheck()),
                Map.entry("test-ratio-low", new TestRatioLowCheck()),
                Map.entry("tables-defined", new TablesDefinedCheck()),
                Map.entry("schema-misaligned", new SchemaMisalignedCheck()),
                Map.entry("coverage-reported", new CoverageReportedCheck()),
                Map.entry("hardcoded-secret", new SecretFoundCheck(Set.of(Exposure.LIVE),
                        "a live-looking credential in application code, configuration or a .env file")),
                Map.entry("test-or-example-secret", new SecretFoundCheck(Set.of(Exposure.TEST_MODE_KEY, Exposure.EXAMPLE),
                        "a credential in tests, docs or examples, or a test-mode key in application code")),
                Map.entry("env-file-committed", new EnvFileCommittedCheck()),
                Map.entry("history-scanned", new HistoryScannedCheck()),
                Map.entry("secret-in-history", new SecretInHistoryCheck()));
    }
}
