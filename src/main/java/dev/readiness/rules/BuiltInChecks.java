package dev.readiness.rules;

import java.util.Map;

/** The checks rule files may name with {@code check: NAME}. */
public final class BuiltInChecks {

    private BuiltInChecks() {
    }

    public static Map<String, Check> all() {
        return Map.of(
                "env-vars-undocumented", new EnvVarsUndocumentedCheck(),
                "env-file-with-values", new EnvFileWithValuesCheck(),
                "test-ratio-low", new TestRatioLowCheck(),
                "tables-defined", new TablesDefinedCheck(),
                "schema-misaligned", new SchemaMisalignedCheck(),
                "coverage-reported", new CoverageReportedCheck());
    }
}
