package dev.readiness.facts.secrets;

/**
 * A credential that is in the repository's history but no longer in its tree: it still has to be rotated.
 *
 * @param commit the oldest commit that added it, abbreviated
 */
public record HistoricSecret(SecretFinding finding, String commit) {

    public String snippet() {
        return finding.detectorId() + " " + finding.redacted() + " added in commit " + commit
                + ", no longer in the tree: " + finding.remediation();
    }
}
