package dev.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    @Test
    void masksQuotedValueOfSecretNamedAssignment() {
        assertEquals("DB_PASSWORD = \"hunt…(14)\"", SecretRedactor.redact("DB_PASSWORD = \"hunter2hunter2\""));
    }

    @Test
    void masksBareValueRunningToEndOfLine() {
        assertEquals("api_key: abcd…(12)", SecretRedactor.redact("api_key: abcdefghijkl"));
    }

    @Test
    void leavesEnvironmentLookupsAlone() {
        String line = "SECRET_KEY = os.environ[\"SECRET_KEY\"]";
        assertEquals(line, SecretRedactor.redact(line));
    }

    @Test
    void masksHighEntropyTokensAnywhere() {
        String token = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
        String redacted = SecretRedactor.redact("stripe.api_key = " + token);
        assertFalse(redacted.contains(token));
        String inText = SecretRedactor.redact("client(" + "AKIAZ7Q3XK4M2N5P6R8T9V" + ")");
        assertEquals("client(AKIA…(22))", inText);
    }

    @Test
    void judgesTheNameByItsLastWord() {
        assertEquals("oauth2_scheme = OAuth2PasswordBearer(tokenUrl=\"/auth/login\")",
                SecretRedactor.redact("oauth2_scheme = OAuth2PasswordBearer(tokenUrl=\"/auth/login\")"));
        assertEquals("id = Column(primary_key=True)", SecretRedactor.redact("id = Column(primary_key=True)"));
        assertEquals("AWS_SECRET_ACCESS_KEY=wJal…(40)",
                SecretRedactor.redact("AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
        assertEquals("const apiKey = 'abcd…(16)';", SecretRedactor.redact("const apiKey = 'abcdefgh12345678';"));
    }

    @Test
    void keepsOrdinaryIdentifiers() {
        String line = "from app.services.notification_service import NotificationService";
        assertEquals(line, SecretRedactor.redact(line));
    }
}
