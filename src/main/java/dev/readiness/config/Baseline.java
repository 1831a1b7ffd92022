package dev.readiness.config;

import dev.readiness.facts.Evidence;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.RuleResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A previous JSON report ({@code --baseline}): the debt that was already there. */
public final class Baseline {
    private final ReportFindings findings;

    private Baseline(ReportFindings findings) {
        this.findings = findings;
    }

    /** @throws IllegalArgumentException naming the file when it is not a readiness JSON report */
    public static Baseline read(Path file) throws IOException {
        return new Baseline(JsonReports.findings(file));
    }

    /** Rule ids of the open findings that the baseline already had, at every place they point at. */
    public Set<String> existing(List<ModuleResult> modules) {
        Set<String> existing = new HashSet<>();
        for (ModuleResult module : modules) {
            for (RuleResult result : module.results()) {
                String ruleId = result.rule().id();
                if (result.open() && findings.covers(ruleId, places(ruleId, result.outcome().evidence()))) {
                    existing.add(ruleId);
                }
            }
        }
        return existing;
    }

    static List<String> places(String ruleId, List<Evidence> evidence) {
        return evidence.stream().map(e -> Fingerprint.of(ruleId, e.path(), e.snippet())).toList();
    }
}
