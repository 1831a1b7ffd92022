package dev.readiness.facts.secrets;

import static dev.readiness.facts.secrets.BundledDetectors.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.FileRole;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretScannerTest {
    private static final SecretScanner SCANNER = new SecretScanner(BundledDetectors.load(), Redaction.MASKED);
    // Assembled so that this file does not itself hold a key-shaped literal.
    private static final String LIVE = "sk_" + "live_" + "4f9Qx2LmZ8rT1vB7nK3pW6yD";
    private static final String TEST = "sk_" + "test_" + "4f9Qx2LmZ8rT1vB7nK3pW6yD";

    private static List<SecretFinding> scan(String path, FileRole role, String text) {
        return SCANNER.scan(entry(path, role), text);
    }

    @Test
    void aLiveKeyInCodeIsFoundWithItsPlaceRedactedFormAndFingerprint() throws Exception {
        List<SecretFinding> found = scan("app/billing.py", FileRole.SOURCE,
                "import stripe\n\nstripe.api_key = \"" + LIVE + "\"\n");
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(("stripe-live-key\0app/billing.py\0" + LIVE).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new SecretFinding("stripe-live-key", "app/billing.py", 3, 19,
                HexFormat.of().formatHex(digest), "sk_l…(32)", Exposure.LIVE,
                "roll the key in the Stripe dashboard")), found);
        assertEquals("stripe-live-key sk_l…(32): roll the key in the Stripe dashboard", found.get(0).snippet());
    }

    @Test
    void keywordsThatMustMatchCaseCountOnlyAsWritten() {
        SecretDetector twilio = BundledDetectors.load().detectors().stream()
                .filter(detector -> detector.id().equals("twilio-api-key")).findFirst().orElseThrow();
        String text = "task = 1; key = SK";
        assertFalse(twilio.keywordCounts(text, text.indexOf("sk") + 2));
        assertTrue(twilio.keywordCounts(text, text.length()));
        // the key is still found next to a lower-case 'sk' that does not count
        String sid = "SK" + "0123456789abcdef0123456789abcdef".replace('0', 'f');
        List<SecretFinding> found = scan("app/notify.py", FileRole.SOURCE, "task = ask(disk)\nsid = '" + sid + "'\n");
        assertEquals(List.of("twilio-api-key:2"), found.stream().map(f -> f.detectorId() + ":" + f.line()).toList());
    }

    @Test
    void aMatchReachingTheCutOfALongLineIsNotTaken() {
        // the name's type runs the assignment to exactly where the search stops on this long line; the line
        // goes on after the value, so no value ends the line and nothing is a secret
        String value = "Zq7Xv2Lm9Rt4Wb8Kd1Fh6Jn3Pc5Sg0Ye7Ua2Ti9Oe4Ml1Qx8Nr6Vb3Hd5Kf0Gj7Cp2Zs9Wt4Ry1Ln8Eb";
        String type = "T".repeat(300);
        String line = "token: " + type + " = " + value.substring(0, 384 - 2 - 300 - 3) + "; run(x);";
        assertEquals(List.of(), scan("src/app.ts", FileRole.SOURCE, "let a = 1;\n" + line + "\n"));
    }

    @Test
    void theFingerprintSurvivesALineMoveButNotAMoveToAnotherFile() {
        String once = scan("a.py", FileRole.SOURCE, "KEY = '" + LIVE + "'").get(0).fingerprint();
        String moved = scan("a.py", FileRole.SOURCE, "\n\n# moved\nKEY = '" + LIVE + "'").get(0).fingerprint();
        String elsewhere = scan("b.py", FileRole.SOURCE, "KEY = '" + LIVE + "'").get(0).fingerprint();
        assertEquals(once, moved);
        assertFalse(once.equals(elsewhere));
    }

    @Test
    void aProviderKeyIsReportedOnceEvenWhenItsNameIsSecretLooking() {
        List<SecretFinding> found = scan(".env", FileRole.ENV, "STRIPE_SECRET_KEY=" + LIVE + "\n");
        assertEquals(List.of("stripe-live-key"), found.stream().map(SecretFinding::detectorId).toList());
    }

    @Test
    void severityFollowsTheContext() {
        assertEquals(Exposure.LIVE, scan("src/pay.js", FileRole.SOURCE, "const k = '" + LIVE + "';").get(0).exposure());
        assertEquals(Exposure.EXAMPLE, scan("tests/test_pay.py", FileRole.TEST, "k = '" + LIVE + "'").get(0).exposure());
        assertEquals(Exposure.EXAMPLE, scan("docs/setup.md", FileRole.DOC, "use " + LIVE).get(0).exposure());
        assertEquals(Exposure.EXAMPLE, scan("src/fixtures/keys.json", FileRole.SOURCE,
                "{\"k\": \"" + LIVE + "\"}").get(0).exposure());
        assertEquals(Exposure.TEST_MODE_KEY, scan("src/pay.js", FileRole.SOURCE,
                "const k = '" + TEST + "';").get(0).exposure());
        assertEquals(List.of(), scan("tests/test_pay.py", FileRole.TEST, "STRIPE_SECRET_KEY = '" + TEST + "'"));
    }

    @Test
    void secretNamedAssignmentsAreFoundInEveryFormat() {
        String value = "Qm7#vK2pX9zL4wR8";
        List<String> lines = List.of("DB_PASSWORD = \"" + value + "\"", "  password: " + value,
                "spring.datasource.password=" + value, "const apiKey = '" + value + "';",
                "String clientSecret = \"" + value + "\";", "\"api_key\": \"" + value + "\",",
                "SECRET_KEY: str = \"" + value + "\"", "token := \"" + value + "\"");
        for (String line : lines) {
            List<SecretFinding> found = scan("app/settings.py", FileRole.SOURCE, line);
            assertEquals(1, found.size(), line);
            assertEquals("generic-secret-assignment", found.get(0).detectorId(), line);
            assertEquals("Qm7#…(16)", found.get(0).redacted(), line);
        }
    }

    @Test
    void placeholdersLookupsAndDocumentedExamplesAreNotSecrets() {
        List<String> lines = List.of("password = os.environ[\"DB_PASSWORD\"]", "api_key = \"<your-key>\"",
                "SECRET_KEY=${SECRET_KEY}", "secret: changeme-in-production", "token = process.env.API_TOKEN",
                "password: xxxxxxxxxx", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "password = get_password()",
                "token_url = \"https://example.com/oauth/token\"", "api_key = settings.STRIPE_API_KEY",
                "DATABASE_URL=postgres://app:app-dev-pass@localhost:5432/app", "password: '{{ vault_db_password }}'");
        for (String line : lines) {
            assertEquals(List.of(), scan("app/settings.py", FileRole.SOURCE, line), line);
        }
    }

    @Test
    void aPemPrivateKeyIsFoundAtItsBody() {
        String body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj";
        List<SecretFinding> found = scan("deploy/key.pem", FileRole.OTHER,
                "-----BEGIN PRIVATE KEY-----\n" + body + "\nMIIEvQ==\n-----END PRIVATE KEY-----\n");
        assertEquals(1, found.size());
        assertEquals("private-key", found.get(0).detectorId());
        assertEquals(2, found.get(0).line());
        assertEquals("MIIE…(64)", found.get(0).redacted());
    }

    @Test
    void theRawSecretIsKeptOnlyWhenRedactionIsOff() {
        SecretScanner whole = new SecretScanner(BundledDetectors.load(), Redaction.WHOLE);
        assertEquals(LIVE, whole.scan(entry("a.py", FileRole.SOURCE), "k = '" + LIVE + "'").get(0).redacted());
        SecretFinding masked = scan("a.py", FileRole.SOURCE, "k = '" + LIVE + "'").get(0);
        assertFalse(masked.toString().contains(LIVE));
        assertTrue(masked.toString().contains("sk_l…(32)"));
    }
}
