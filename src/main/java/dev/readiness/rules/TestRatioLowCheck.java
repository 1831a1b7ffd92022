package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import java.util.List;
import java.util.Locale;

/** Holds when tests exist but are few: fewer than one test file per five source files. */
final class TestRatioLowCheck implements Check {
    private static final double MIN_RATIO = 0.2;

    @Override
    public Match evaluate(AuditFacts facts) {
        long sources = count(facts.inventory().files(), FileRole.SOURCE);
        long tests = count(facts.inventory().files(), FileRole.TEST);
        if (tests == 0 || sources == 0) {
            return new Match(false, List.of());
        }
        double ratio = (double) tests / sources;
        String summary = String.format(Locale.ROOT, "%d test files for %d source files (%.2f per source file; "
                + "at least %.2f expected)", tests, sources, ratio, MIN_RATIO);
        return new Match(ratio < MIN_RATIO, List.of(new Evidence(".", 0, summary)));
    }

    private static long count(List<FileEntry> files, FileRole role) {
        return files.stream().filter(f -> f.role() == role && f.language().isProgramming()).count();
    }

    @Override
    public String describe() {
        return "fewer than one test file per five source files";
    }
}
