package dev.readiness.facts.secrets;

import static dev.readiness.facts.secrets.BundledDetectors.entry;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import dev.readiness.scan.FileRole;
import org.junit.jupiter.api.Test;

/** Measures the bundled detectors on the labelled corpus: precision and recall per detector and overall. */
class SecretCorpusTest {
    private static final Path HANDWRITTEN_NEGATIVES = Path.of("src/test/resources/secrets-corpus/negatives");
    private static final double FLOOR = 0.95;

    /** True positives, false positives and false negatives of one detector. */
    private static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int reported = truePositives + falsePositives;
            return reported == 0 ? 1 : (double) truePositives / reported;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1 : (double) truePositives / expected;
        }
    }

    static List<SecretCorpus.Sample> samples() throws IOException {
        List<SecretCorpus.Sample> samples = new ArrayList<>(SecretCorpus.build());
        try (Stream<Path> files = Files.walk(HANDWRITTEN_NEGATIVES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String path = HANDWRITTEN_NEGATIVES.relativize(file).toString().replace('\\', '/');
                FileRole role = path.startsWith("tests/") ? FileRole.TEST : path.endsWith(".md") ? FileRole.DOC : FileRole.SOURCE;
                samples.add(new SecretCorpus.Sample(path, role, Files.readString(file, StandardCharsets.UTF_8), List.of()));
            }
        }
        return samples;
    }

    @Test
    void precisionAndRecallReachTheFloor() throws IOException {
        SecretScanner scanner = new SecretScanner(BundledDetectors.load(), Redaction.MASKED);
        List<SecretCorpus.Sample> samples = samples();
        Map<String, Tally> tallies = new TreeMap<>();
        int positives = 0;
        for (SecretCorpus.Sample sample : samples) {
            List<SecretCorpus.Label> expected = new ArrayList<>(sample.expected());
            positives += expected.size();
            for (SecretFinding finding : scanner.scan(entry(sample.path(), sample.role()), sample.text())) {
                Tally tally = tallies.computeIfAbsent(finding.detectorId(), k -> new Tally());
                if (expected.remove(new SecretCorpus.Label(finding.detectorId(), finding.line()))) {
                    tally.truePositives++;
                } else {
                    tally.falsePositives++;
                    System.out.println("false positive: " + finding.detectorId() + " in " + sample.path() + ": " + finding.redacted());
                }
            }
            for (SecretCorpus.Label missed : expected) {
                tallies.computeIfAbsent(missed.detectorId(), k -> new Tally()).falseNegatives++;
                System.out.println("missed: " + missed.detectorId() + " in " + sample.path() + ":" + missed.line());
            }
        }
        Tally overall = new Tally();
        System.out.printf("secret corpus: %d files, %d true secrets, %d look-alike files%n", samples.size(), positives,
                samples.stream().filter(s -> s.expected().isEmpty()).count());
        System.out.printf("%-28s %5s %5s %5s %9s %7s%n", "detector", "TP", "FP", "FN", "precision", "recall");
        for (Map.Entry<String, Tally> entry : tallies.entrySet()) {
            Tally t = entry.getValue();
            System.out.printf("%-28s %5d %5d %5d %9.3f %7.3f%n", entry.getKey(), t.truePositives, t.falsePositives,
                    t.falseNegatives, t.precision(), t.recall());
            overall.truePositives += t.truePositives;
            overall.falsePositives += t.falsePositives;
            overall.falseNegatives += t.falseNegatives;
        }
        System.out.printf("%-28s %5d %5d %5d %9.3f %7.3f%n", "overall", overall.truePositives, overall.falsePositives,
                overall.falseNegatives, overall.precision(), overall.recall());
        assertTrue(positives >= 300, "at least 300 true secrets, not " + positives);
        assertTrue(samples.stream().filter(s -> s.expected().isEmpty()).count() >= 600, "at least 600 look-alikes");
        assertTrue(overall.precision() >= FLOOR, "precision " + overall.precision() + " is below " + FLOOR);
        assertTrue(overall.recall() >= FLOOR, "recall " + overall.recall() + " is below " + FLOOR);
    }
}
