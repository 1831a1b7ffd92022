package dev.readiness.facts.secrets;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the scan learned about credentials in the repository.
 *
 * @param findings        sorted by path, line and column
 * @param envFileRealValues per non-template {@code .env*} file, how many variables it sets to a real value
 *                          (not empty, not a placeholder)
 * @param trackedEnvFiles   paths of {@code .env*} files that the git index tracks, found or not by the walk
 * @param historyScanned    whether the git history was asked for ({@code --history}) and could be read
 * @param history           secrets in the history that are no longer in the tree
 */
public record SecretFacts(List<SecretFinding> findings, Map<String, Integer> envFileRealValues,
                          Set<String> trackedEnvFiles, boolean historyScanned, List<HistoricSecret> history) {
    private static final Comparator<SecretFinding> ORDER = Comparator.comparing(SecretFinding::path)
            .thenComparingInt(SecretFinding::line).thenComparingInt(SecretFinding::column)
            .thenComparing(SecretFinding::detectorId);

    public SecretFacts {
        findings = findings.stream().sorted(ORDER).toList();
        envFileRealValues = Map.copyOf(envFileRealValues);
        trackedEnvFiles = Set.copyOf(trackedEnvFiles);
        history = history.stream().sorted(Comparator.comparing(HistoricSecret::finding, ORDER)).toList();
    }

    public static SecretFacts none() {
        return new SecretFacts(List.of(), Map.of(), Set.of(), false, List.of());
    }
}
