package dev.readiness.rules;

import java.util.List;

/** Holds when the audit was asked to read the git history ({@code --history}). */
final class HistoryScannedCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        return new Match(facts.inventory().secrets().historyScanned(), List.of());
    }

    @Override
    public String describe() {
        return "a scan of the git history (audit --history)";
    }
}
