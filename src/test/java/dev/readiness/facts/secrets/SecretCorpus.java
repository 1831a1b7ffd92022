package dev.readiness.facts.secrets;

import dev.readiness.scan.FileRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * A labelled corpus built from a fixed seed: correctly formatted but synthetic credentials (never real
 * ones) in the places they are written, and look-alikes that must not be reported. Built in the test so
 * that no credential-shaped literal is committed.
 */
final class SecretCorpus {
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String DIGITS = "0123456789";
    private static final String ALNUM = UPPER + LOWER + DIGITS;
    private static final String URL_SAFE = ALNUM + "_-";
    private static final String BASE64 = ALNUM + "+/";
    private static final String HEX = "0123456789abcdef";
    private static final String BASE32 = UPPER + "234567";

    /** What a sample must yield: a detector on a line. */
    record Label(String detectorId, int line) {
    }

    /** One file of the corpus. */
    record Sample(String path, FileRole role, String text, List<Label> expected) {
    }

    private final Random random = new Random(20_231_123L);
    private final List<Sample> samples = new ArrayList<>();
    private int counter;

    static List<Sample> build() {
        SecretCorpus corpus = new SecretCorpus();
        corpus.positives();
        corpus.negatives();
        return List.copyOf(corpus.samples);
    }

    private String pick(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private String oneOf(String... options) {
        return options[random.nextInt(options.length)];
    }

    private String uuid() {
        return pick(HEX, 8) + "-" + pick(HEX, 4) + "-4" + pick(HEX, 3) + "-" + oneOf("8", "9", "a", "b") + pick(HEX, 3)
                + "-" + pick(HEX, 12);
    }

    private String base64Block(int length) {
        return pick(BASE64, length);
    }

    /** A file holding {@code line} at a random depth, with ordinary code around it. */
    private void add(String path, FileRole role, String line, String detectorId) {
        List<String> before = new ArrayList<>();
        int fillers = random.nextInt(4);
        for (int i = 0; i < fillers; i++) {
            before.add(oneOf("import os", "// settings", "# configuration", "", "const app = express();",
                    "package main", "log_level: info", "timeout = 30"));
        }
        String text = String.join("\n", before) + (before.isEmpty() ? "" : "\n") + line + "\n" + oneOf("", "done()\n");
        int lineNumber = before.size() + 1 + (int) line.substring(0, secretLineOffset(line)).chars().filter(c -> c == '\n').count();
        samples.add(new Sample(unique(path), role, text, detectorId == null ? List.of() : List.of(new Label(detectorId, lineNumber))));
    }

    /** Where the secret sits in a snippet: after a PEM header, else at its start. */
    private static int secretLineOffset(String line) {
        int header = line.indexOf("PRIVATE KEY-----");
        return header < 0 ? 0 : line.indexOf('\n', header) + 1;
    }

    private String unique(String path) {
        int slash = path.lastIndexOf('/');
        return path.substring(0, slash + 1) + "c" + (counter++) + "_" + path.substring(slash + 1);
    }

    /** The same secret written the ways code, configuration and env files write it. */
    private void everywhere(String detectorId, int count, String name, Supplier<String> secret) {
        String lowerName = name.toLowerCase(Locale.ROOT);
        String camel = camel(lowerName);
        for (int i = 0; i < count; i++) {
            String s = secret.get();
            switch (i % 10) {
                case 0 -> add("app/settings.py", FileRole.SOURCE, name + " = \"" + s + "\"", detectorId);
                case 1 -> add("src/config.js", FileRole.SOURCE, "const " + camel + " = '" + s + "';", detectorId);
                case 2 -> add("config/app.yml", FileRole.CONFIG, lowerName + ": " + s, detectorId);
                case 3 -> add(".env", FileRole.ENV, name + "=" + s, detectorId);
                case 4 -> add("config/settings.json", FileRole.CONFIG, "  \"" + lowerName + "\": \"" + s + "\",", detectorId);
                case 5 -> add("src/main/java/App.java", FileRole.SOURCE,
                        "    private static final String " + name + " = \"" + s + "\";", detectorId);
                case 6 -> add("cmd/main.go", FileRole.SOURCE, "\t" + camel + " := \"" + s + "\"", detectorId);
                case 7 -> add("Dockerfile", FileRole.INFRA, "ENV " + name + "=" + s, detectorId);
                case 8 -> add(".github/workflows/deploy.yml", FileRole.CI, "      " + name + ": " + s, detectorId);
                default -> add("notebooks/explore.ipynb", FileRole.OTHER,
                        "    \"" + lowerName + " = '" + s + "'\\n\",", detectorId);
            }
        }
    }

    private static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    private void positives() {
        everywhere("aws-access-key-id", 14, "AWS_ACCESS_KEY_ID", () -> oneOf("AKIA", "ASIA") + pick(BASE32, 16));
        everywhere("aws-secret-access-key", 14, "AWS_SECRET_ACCESS_KEY", () -> pick(BASE64, 40));
        for (int i = 0; i < 12; i++) {
            add("deploy/service-account.json", FileRole.CONFIG, "  \"private_key_id\": \"" + pick(HEX, 40) + "\",",
                    "gcp-service-account");
        }
        everywhere("gcp-api-key", 12, "GOOGLE_MAPS_API_KEY", () -> "AIza" + pick(URL_SAFE, 35));
        everywhere("google-oauth-client-secret", 12, "GOOGLE_CLIENT_SECRET", () -> "GOCSPX-" + pick(URL_SAFE, 28));
        for (int i = 0; i < 12; i++) {
            String connection = "DefaultEndpointsProtocol=https;AccountName=store" + pick(LOWER, 6) + ";AccountKey="
                    + pick(BASE64, 86) + "==;EndpointSuffix=core.windows.net";
            add(i % 2 == 0 ? "appsettings.json" : ".env", i % 2 == 0 ? FileRole.CONFIG : FileRole.ENV,
                    i % 2 == 0 ? "  \"Storage\": \"" + connection + "\"," : "AZURE_STORAGE=" + connection, "azure-storage-key");
        }
        everywhere("github-token", 14, "GITHUB_TOKEN", () -> random.nextInt(4) == 0
                ? "github_pat_" + pick(ALNUM, 22) + "_" + pick(ALNUM, 59) : oneOf("ghp_", "gho_", "ghs_") + pick(ALNUM, 36));
        everywhere("gitlab-token", 12, "GITLAB_TOKEN", () -> "glpat-" + pick(URL_SAFE, 20));
        everywhere("slack-token", 12, "SLACK_BOT_TOKEN", () -> oneOf("xoxb-", "xoxp-") + pick(DIGITS, 12) + "-"
                + pick(DIGITS, 13) + "-" + pick(ALNUM, 24));
        everywhere("slack-webhook", 12, "SLACK_WEBHOOK_URL", () -> "https://hooks.slack.com/services/T" + pick(BASE32, 8)
                + "/B" + pick(BASE32, 10) + "/" + pick(ALNUM, 24));
        everywhere("stripe-live-key", 14, "STRIPE_SECRET_KEY", () -> oneOf("sk_live_", "rk_live_") + pick(ALNUM, 24 + random.nextInt(75)));
        everywhere("stripe-test-key", 12, "STRIPE_SECRET_KEY", () -> "sk_test_" + pick(ALNUM, 24 + random.nextInt(75)));
        everywhere("stripe-webhook-secret", 12, "STRIPE_WEBHOOK_SECRET", () -> "whsec_" + pick(ALNUM, 32));
        everywhere("sendgrid-api-key", 12, "SENDGRID_API_KEY", () -> "SG." + pick(URL_SAFE, 22) + "." + pick(URL_SAFE, 43));
        for (int i = 0; i < 12; i++) {
            add("app/notify.py", FileRole.SOURCE, "client = Client(\"SK" + pick(HEX, 32) + "\", api_secret)", "twilio-api-key");
        }
        everywhere("twilio-auth-token", 12, "TWILIO_AUTH_TOKEN", () -> pick(HEX, 32));
        everywhere("mailgun-api-key", 12, "MAILGUN_API_KEY", () -> random.nextBoolean() ? "key-" + pick(HEX, 32)
                : pick(HEX, 32) + "-" + pick(HEX, 8) + "-" + pick(HEX, 8));
        everywhere("postmark-server-token", 12, "POSTMARK_SERVER_TOKEN", this::uuid);
        everywhere("openai-api-key", 14, "OPENAI_API_KEY", () -> oneOf("sk-", "sk-proj-") + pick(URL_SAFE, 20 + random.nextInt(40))
                + "T3BlbkFJ" + pick(URL_SAFE, 20 + random.nextInt(40)));
        everywhere("anthropic-api-key", 12, "ANTHROPIC_API_KEY", () -> "sk-ant-api03-" + pick(URL_SAFE, 93) + "AA");
        everywhere("firebase-server-key", 12, "FCM_SERVER_KEY", () -> "AAAA" + pick(URL_SAFE, 7) + ":APA91b" + pick(URL_SAFE, 134));
        everywhere("supabase-service-key", 12, "SUPABASE_SERVICE_ROLE_KEY", () -> random.nextBoolean()
                ? "sb_secret_" + pick(URL_SAFE, 31) : "eyJ" + pick(URL_SAFE, 33) + ".eyJ" + pick(URL_SAFE, 120) + "." + pick(URL_SAFE, 43));
        everywhere("npm-token", 12, "NPM_TOKEN", () -> "npm_" + pick(ALNUM, 36));
        everywhere("pypi-token", 12, "PYPI_TOKEN", () -> "pypi-AgEIcHlwaS5vcmc" + pick(URL_SAFE, 60 + random.nextInt(100)));
        everywhere("jwt", 12, "AUTH_JWT", () -> "eyJ" + pick(URL_SAFE, 33) + ".eyJ" + pick(URL_SAFE, 60) + "." + pick(URL_SAFE, 43));
        for (int i = 0; i < 14; i++) {
            String kind = oneOf("", "RSA ", "EC ", "OPENSSH ");
            String body = pick(BASE64, 64);
            String pem = "-----BEGIN " + kind + "PRIVATE KEY-----\n" + body + "\n" + pick(BASE64, 64) + "\n-----END " + kind + "PRIVATE KEY-----";
            if (i % 3 == 2) {
                add("config/service.json", FileRole.CONFIG, "  \"private_key\": \"-----BEGIN PRIVATE KEY-----\\n" + body
                        + "\\n" + pick(BASE64, 64) + "\\n-----END PRIVATE KEY-----\\n\",", "private-key");
            } else {
                add("deploy/id_" + i + ".pem", FileRole.OTHER, pem, "private-key");
            }
        }
        for (int i = 0; i < 14; i++) {
            String scheme = oneOf("postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqps");
            String url = scheme + "://app_user:" + pick(ALNUM + "!*~", 16) + "@" + oneOf("db.internal.example.net",
                    "prod-cluster.abc123.us-east-1.rds.amazonaws.com", "cluster0.x1y2z.mongodb.net") + ":5432/app";
            add(i % 2 == 0 ? ".env.production" : "config/database.yml", i % 2 == 0 ? FileRole.ENV : FileRole.CONFIG,
                    i % 2 == 0 ? "DATABASE_URL=" + url : "  url: " + url, "database-url-password");
        }
        everywhere("generic-secret-assignment", 30, oneOf("DB_PASSWORD", "SECRET_KEY", "API_TOKEN"),
                () -> pick(ALNUM, 4) + oneOf("#", "!", "%", "@", "-") + pick(ALNUM, 12 + random.nextInt(20)));
        everywhere("generic-secret-assignment", 20, "CLIENT_SECRET", () -> pick(ALNUM + "-_", 32));
        List<String> formats = List.of("export API_TOKEN=\"%s\"", "password=%s", "secret = \"%s\"",
                "  'password' => '%s',", "val apiKey = \"%s\"", "$db_password = '%s';", "  \"apiKey\": \"%s\"",
                "config.secret_key_base = '%s'", "<add key=\"ApiKey\" value=\"%s\" />", "app.config['SECRET_KEY'] = '%s'");
        for (int i = 0; i < 30; i++) {
            String format = formats.get(i % formats.size());
            add(oneOf("deploy/run.sh", "config/app.ini", "config/app.php", "web.config"), FileRole.CONFIG,
                    String.format(format, pick(ALNUM, 6) + oneOf("-", "_", "!") + pick(ALNUM, 18)), "generic-secret-assignment");
        }
        for (int i = 0; i < 12; i++) {
            add("app/pay.js", FileRole.SOURCE, "const stripe = require('stripe')('sk_live_" + pick(ALNUM, 99) + "');",
                    "stripe-live-key");
        }
    }

    private void negative(String path, FileRole role, String line) {
        add(path, role, line, null);
    }

    private void negatives() {
        for (int i = 0; i < 60; i++) {
            negative("app/models.py", FileRole.SOURCE, oneOf("request_id = \"", "DEFAULT_TENANT = \"", "  \"id\": \"",
                    "const correlationId = '") + uuid() + oneOf("\"", "'", "\",") );
        }
        for (int i = 0; i < 60; i++) {
            negative(oneOf("deps.lock", "scripts/pin.sh", "config/versions.yml"), FileRole.CONFIG,
                    oneOf("commit: ", "rev = \"", "\"sha\": \"", "GIT_SHA=", "ref: ") + pick(HEX, 40));
        }
        for (int i = 0; i < 60; i++) {
            negative("checksums.txt", FileRole.OTHER, oneOf("sha256: ", "checksum = \"", "etag: ", "digest: sha256:")
                    + pick(HEX, oneOf("64", "32").equals("64") ? 64 : 32));
        }
        for (int i = 0; i < 40; i++) {
            negative("web/styles.css", FileRole.SOURCE, ".logo { background: url(data:image/png;base64,iVBORw0KGgo"
                    + base64Block(200 + random.nextInt(400)) + "=); }");
        }
        for (int i = 0; i < 20; i++) {
            negative("web/fonts.css", FileRole.SOURCE, "@font-face { src: url(data:font/woff2;base64,d09GMgABAAAAA"
                    + base64Block(600) + ") format('woff2'); }");
        }
        for (int i = 0; i < 60; i++) {
            negative("package-lock.json", FileRole.MANIFEST, random.nextBoolean()
                    ? "      \"integrity\": \"sha512-" + base64Block(86) + "==\","
                    : "  integrity sha1-" + base64Block(27) + "=");
        }
        for (int i = 0; i < 30; i++) {
            negative("static/app.min.js", FileRole.SOURCE, "!function(e){var t={token:e.token,password:n.password,apiKey:r."
                    + pick(LOWER, 3) + "};function " + pick(LOWER, 2) + "(e){return e.secret?e.secret:null}var a=\""
                    + pick(ALNUM, 40) + "\";e.exports=t}(window);");
        }
        for (int i = 0; i < 40; i++) {
            String kind = oneOf("CERTIFICATE", "PUBLIC KEY", "RSA PUBLIC KEY");
            negative(i % 2 == 0 ? "certs/ca.pem" : "config/tls.yml", FileRole.CONFIG, i % 4 == 1
                    ? "ssh-rsa AAAAB3NzaC1yc2E" + base64Block(360) + " deploy@build"
                    : "-----BEGIN " + kind + "-----\n" + base64Block(64) + "\n" + base64Block(64) + "\n-----END " + kind + "-----");
        }
        List<String> documented = List.of("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
                "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                "aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
                "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"",
                "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c");
        for (int i = 0; i < 30; i++) {
            negative(oneOf("README.md", "docs/setup.md", "app/settings.py"), i % 3 == 0 ? FileRole.SOURCE : FileRole.DOC,
                    documented.get(i % documented.size()));
        }
        for (int i = 0; i < 40; i++) {
            negative("tests/test_billing.py", FileRole.TEST, oneOf("STRIPE_KEY = \"", "stripe.api_key = \"", "key: '")
                    + oneOf("sk_test_", "rk_test_") + pick(ALNUM, 24 + random.nextInt(30)) + "\"");
        }
        List<String> placeholders = List.of("API_KEY=<your-api-key>", "password: changeme", "SECRET=xxx",
                "token: \"YOUR_TOKEN_HERE\"", "password = \"********\"", "STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx",
                "api_key: \"<insert key here>\"", "DB_PASSWORD=replace-me", "client_secret: \"your-client-secret\"",
                "SECRET_KEY = \"django-insecure-change-me-in-production\"", "password: \"{{ db_password }}\"",
                "AWS_SECRET_ACCESS_KEY=...", "github_token: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "JWT_SECRET=your_jwt_secret_here", "apiKey: 'REPLACE_WITH_YOUR_KEY'", "password: example-password-1",
                "token = \"dummy-token-for-local-dev\"", "SENDGRID_API_KEY=SG.xxxxxxxx.yyyyyyyy",
                "DATABASE_URL=postgres://user:password@localhost:5432/app", "secret: %(SECRET)s");
        for (int i = 0; i < 80; i++) {
            negative(oneOf(".env.example", "config/app.yml", "app/settings.py", "docs/config.md"),
                    oneOf("config", "source").equals("config") ? FileRole.CONFIG : FileRole.SOURCE, placeholders.get(i % placeholders.size()));
        }
        List<String> lookups = List.of("password = os.environ[\"DB_PASSWORD\"]", "const apiKey = process.env.STRIPE_KEY;",
                "String secret = System.getenv(\"JWT_SECRET\");", "DB_PASSWORD=${DB_PASSWORD}", "token = os.getenv(\"TOKEN\", \"\")",
                "api_key = config.get(\"api_key\")", "password: ${DB_PASSWORD:-}", "secret_key = settings.SECRET_KEY",
                "SECRET_KEY=$SECRET_KEY", "apiToken := os.Getenv(\"API_TOKEN\")", "@Value(\"${app.jwt.secret}\") private String secret;",
                "client_secret = vault.read('secret/data/app')", "token: ${{ secrets.DEPLOY_TOKEN }}",
                "password = getpass.getpass()", "accessKey: env(\"ACCESS_KEY\")", "auth_token = request.headers.get(\"Authorization\")");
        for (int i = 0; i < 80; i++) {
            negative(oneOf("app/config.py", "src/index.ts", ".github/workflows/ci.yml", "docker-compose.yml"),
                    FileRole.SOURCE, lookups.get(i % lookups.size()));
        }
        List<String> lookAlikes = List.of("DATABASE_URL=postgres://postgres:postgres@localhost:5432/app",
                "REDIS_URL=redis://:devpass@redis:6379/0", "token_type = \"Bearer\"", "password_min_length = 12",
                "SECRET_KEY_NAME = \"SECRET_KEY\"", "max_tokens: 4096", "TWILIO_ACCOUNT_SID=AC" + pick(HEX, 32),
                "STRIPE_PUBLISHABLE_KEY=pk_live_" + pick(ALNUM, 24), "role_arn: arn:aws:iam::123456789012:role/deploy",
                "token_url = \"https://oauth2.googleapis.com/token\"", "password_field = \"password\"",
                "tokenizer = AutoTokenizer.from_pretrained(\"bert-base-uncased\")");
        for (int i = 0; i < 40; i++) {
            negative("app/misc.py", FileRole.SOURCE, lookAlikes.get(i % lookAlikes.size()));
        }
        for (int i = 0; i < 40; i++) {
            String value = pick(ALNUM, 32);
            negative("app/cache.py", FileRole.SOURCE, oneOf("cache_key = \"", "primary_key = \"", "nonce = \"",
                    "idempotency_key = \"", "public_key = \"", "tokenHash: \"", "password_reset_url = \"https://x.io/r/",
                    "session_token_ttl = \"", "keyId = \"", "tokenizer_name = \"") + value + "\"");
        }
    }
}
