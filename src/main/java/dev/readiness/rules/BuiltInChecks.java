package dev.readiness.rules;

import dev.readiness.facts.secrets.Exposure;
import java.util.Map;
import java.util.Set;

/** The checks rule files may name with {@code check: NAME}. */
public final class BuiltInChecks {

    private BuiltInChecks() {
    }

    public static Map<String, Check> all() {
        return Map.of(
                "env-vars-undocumented", new EnvVarsUndocumentedCheck(),
                "env-file-with-values", new EnvFileWithValuesCheck(),
                "test-ratio-low", new TestRatioLowCheck(),
                "hardcoded-secret", new SecretFoundCheck(Set.of(Exposure.LIVE),
                        "a live-looking credential in application code, configuration or a .env file"),
                "test-or-example-secret", new SecretFoundCheck(Set.of(Exposure.TEST_MODE_KEY, Exposure.EXAMPLE),
                        "a credential in tests, docs or examples, or a test-mode key in application code"),
                "env-file-committed", new EnvFileCommittedCheck(),
                "history-scanned", new HistoryScannedCheck(),
                "secret-in-history", new SecretInHistoryCheck());
    }
}
