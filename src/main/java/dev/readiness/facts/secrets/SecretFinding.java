package dev.readiness.facts.secrets;

/**
 * A credential found in a file. The secret itself is never kept: only its redacted form and a
 * fingerprint that stays the same when the line moves.
 *
 * @param column      1-based column where the secret starts
 * @param fingerprint hex SHA-256 of detector id, path and secret
 * @param redacted    the secret as reports may show it ({@code sk_l…(32)}), whole only under {@code --no-redact}
 * @param remediation the detector's advice, in a few words
 */
public record SecretFinding(String detectorId, String path, int line, int column, String fingerprint,
                            String redacted, Exposure exposure, String remediation) {

    /** The evidence line for reports: which detector, the redacted secret, why it weighs what it does, what to do. */
    public String snippet() {
        String where = exposure == Exposure.LIVE ? "" : " (" + exposure.reason() + ")";
        return detectorId + " " + redacted + where + ": " + remediation;
    }
}
