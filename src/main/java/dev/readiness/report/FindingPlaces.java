package dev.readiness.report;

import dev.readiness.facts.Evidence;
import java.util.List;

/** Where a finding points, for formats that need at least one place per finding. */
final class FindingPlaces {
    /** The repository as a whole, as {@link Evidence} spells it. */
    static final String ROOT = ".";

    private FindingPlaces() {
    }

    /** The finding's evidence, or the repository root for a finding about something missing. */
    static List<Evidence> orRoot(Finding finding) {
        return finding.evidence().isEmpty() ? List.of(Evidence.ofFile(ROOT)) : finding.evidence();
    }

    /** The evidence that names a file, leaving out claims about the repository as a whole. */
    static List<Evidence> files(Finding finding) {
        return finding.evidence().stream().filter(e -> !e.path().equals(ROOT)).toList();
    }
}
