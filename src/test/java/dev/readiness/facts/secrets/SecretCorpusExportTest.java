package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Writes the labelled corpus to the folder named by {@code -Dsecrets.corpus.out}, with {@code labels.tsv}
 * beside it, for {@code bench/secrets-compare.sh} to run other tools on. Does nothing without the property.
 */
class SecretCorpusExportTest {

    @Test
    void writesTheCorpusAndItsLabels() throws IOException {
        String out = System.getProperty("secrets.corpus.out");
        assumeTrue(out != null, "set -Dsecrets.corpus.out=DIR to export the corpus");
        Path dir = Path.of(out);
        List<SecretCorpus.Sample> samples = SecretCorpusTest.samples();
        StringBuilder labels = new StringBuilder("path\tdetector\tline\n");
        for (SecretCorpus.Sample sample : samples) {
            Path file = dir.resolve(sample.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, sample.text(), StandardCharsets.UTF_8);
            sample.expected().forEach(l -> labels.append(sample.path()).append('\t').append(l.detectorId())
                    .append('\t').append(l.line()).append('\n'));
        }
        Files.writeString(dir.resolveSibling("labels.tsv"), labels.toString(), StandardCharsets.UTF_8);
        try (var files = Files.walk(dir)) {
            assertEquals(samples.size(), files.filter(Files::isRegularFile).count());
        }
    }
}
