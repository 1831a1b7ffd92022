package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.readiness.scan.FileClassifier;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Single lines against the bundled patterns that mean one thing (picked by how their {@code about} begins), in a file at a
 * given path: more forms than a fixture can hold, each on its own line, since patterns are matched a line at a
 * time. The path decides the role (tests, docs, examples) and the files and exclude globs, as in an audit.
 * A line that begins with white space is quoted in backticks, which keeps it.
 */
class BundledPatternLinesTest {
    private static final FileClassifier CLASSIFIER = new FileClassifier();
    private static RuleSet rules;

    @BeforeAll
    static void load() throws YamlFileException {
        rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
    }

    @ParameterizedTest(name = "{1}: {2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            // a form is no upload; a File taken from it is
            "file uploads|app/api/upload/route.ts|const data = await request.formData();|false",
            "file uploads|app/api/upload/route.ts|const file = data.get(\"file\") as File;|true",
            "file uploads|app/api/upload/route.ts|if (!(file instanceof File)) return;|true",
            "file uploads|src/main/java/com/example/Reports.java|if (target instanceof File) { return; }|false",
            // set to "*" in settings
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = ['*']|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS=[\"*\"]|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = (\"*\",)|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS: list[str] = [\"localhost\", \"*\"]|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = \"*\"|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|`    ALLOWED_HOSTS += ['*']`|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS.append(\"*\")|true",
            // "*" as the fallback when the environment does not say
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = os.environ.get(\"ALLOWED_HOSTS\", \"*\").split(\",\")|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|config/settings/base.py|ALLOWED_HOSTS = os.getenv('DJANGO_ALLOWED_HOSTS', '*').split(',')|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = env.list(\"ALLOWED_HOSTS\", default=[\"*\"])|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = config(\"ALLOWED_HOSTS\", default=\"*\", cast=Csv())|true",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = (os.environ.get(\"HOSTS\") or \"*\").split(\",\")|true",
            // explicit hosts, comments, filters, and the places that are not the product's settings
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = [\"bookings.example.com\", \".example.org\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = os.environ[\"ALLOWED_HOSTS\"].split(\",\")|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = os.environ.get(\"ALLOWED_HOSTS\", \"localhost\").split(\",\")|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|# ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = [\"api.example.com\"]  # never \"*\" in production|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS = [h for h in HOSTS if h != \"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|ALLOWED_HOSTS == [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings.py|CORS_ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|tests/settings.py|ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|docs/deploy.md|ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|examples/quickstart/settings.py|ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings/dev.py|ALLOWED_HOSTS = [\"*\"]|false",
            "ALLOWED_HOSTS set to or defaulting to \"*\"|mysite/settings/local.py|ALLOWED_HOSTS = [\"*\"]|false",
            // the deployment's environment
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|.env|DJANGO_ALLOWED_HOSTS=*|true",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|.env.production|export ALLOWED_HOSTS=\"*\"|true",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|docker-compose.yml|`      DJANGO_ALLOWED_HOSTS: \"*\"`|true",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|docker-compose.yml|`      - ALLOWED_HOSTS=*`|true",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|Dockerfile|ENV DJANGO_ALLOWED_HOSTS=*|true",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|.env|DJANGO_ALLOWED_HOSTS=bookings.example.com|false",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|.env|# DJANGO_ALLOWED_HOSTS=*|false",
            "ALLOWED_HOSTS set to \"*\" in the deployment environment|.env.example|DJANGO_ALLOWED_HOSTS=*|false",
            // Micronaut 4.9+ graceful shutdown: the setting in its written forms, or the programmatic API
            "Micronaut graceful shutdown enabled|src/main/resources/application.properties|micronaut.lifecycle.graceful-shutdown.enabled=true|true",
            "Micronaut graceful shutdown enabled|src/main/resources/application.yml|micronaut.lifecycle.graceful-shutdown.enabled: true|true",
            "Micronaut graceful shutdown enabled|src/main/resources/application.yml|`    graceful-shutdown.enabled: \"true\"`|true",
            "Micronaut graceful shutdown enabled|Dockerfile|ENV JAVA_TOOL_OPTIONS=\"-Dmicronaut.lifecycle.graceful-shutdown.enabled=true\"|true",
            "Micronaut graceful shutdown enabled|Dockerfile|ENV MICRONAUT_LIFECYCLE_GRACEFUL_SHUTDOWN_ENABLED=true|true",
            "Micronaut graceful shutdown enabled|k8s/deployment.yaml|`            MICRONAUT_LIFECYCLE_GRACEFUL_SHUTDOWN_ENABLED: \"true\"`|true",
            "Micronaut graceful shutdown enabled|src/main/java/com/example/Application.java|`                .properties(Map.of(\"micronaut.lifecycle.graceful-shutdown.enabled\", \"true\"))`|true",
            "Micronaut graceful shutdown enabled|src/main/java/com/example/Drain.java|`    private final GracefulShutdownManager shutdownManager;`|true",
            "Micronaut graceful shutdown enabled|src/main/resources/application.properties|micronaut.lifecycle.graceful-shutdown.enabled=false|false",
            "Micronaut graceful shutdown enabled|src/main/resources/application.yml|# micronaut.lifecycle.graceful-shutdown.enabled: true|false",
            "Micronaut graceful shutdown enabled|src/main/java/com/example/Application.java|`    // micronaut.lifecycle.graceful-shutdown.enabled=true once we are on 4.9`|false",
            "Micronaut graceful shutdown enabled|src/main/java/com/example/Application.java|` * Set micronaut.lifecycle.graceful-shutdown.enabled=true in production.`|false",
            "Micronaut graceful shutdown enabled|src/main/java/com/example/Drain.java|public class Drain implements GracefulShutdownCapable {|false",
            "Micronaut graceful shutdown enabled|src/test/java/com/example/ShutdownTest.java|`        \"micronaut.lifecycle.graceful-shutdown.enabled\", \"true\"`|false",
            "Micronaut graceful shutdown enabled|README.md|micronaut.lifecycle.graceful-shutdown.enabled=true|false",
            "a Micronaut graceful-shutdown block in YAML|src/main/resources/application.yml|`    graceful-shutdown:`|true",
            "a Micronaut graceful-shutdown block in YAML|src/main/resources/application-prod.yml|`    graceful-shutdown: { enabled: true, grace-period: 30s }`|true",
            "a Micronaut graceful-shutdown block in YAML|src/main/resources/application.yml|`    graceful-shutdown: {enabled: false}`|false",
            "a Micronaut graceful-shutdown block in YAML|src/main/resources/application.yml|`    # graceful-shutdown:`|false",
            "a Micronaut graceful-shutdown block in YAML|config/traefik.yml|`    graceful-shutdown:`|false",
    })
    void matchesOnlyWhatItMeans(String about, String path, String line, boolean expected) {
        List<PatternSpec> specs = rules.patterns().stream().filter(s -> s.about().startsWith(about)).toList();
        assertFalse(specs.isEmpty(), "no bundled pattern is about " + about);
        FileEntry entry = entry(path);
        boolean matched = specs.stream().anyMatch(s -> s.appliesTo(entry) && s.regex().matcher(line).find());
        assertEquals(expected, matched, path + ": " + line);
    }

    private static FileEntry entry(String path) {
        Language language = Language.fromFileName(path.substring(path.lastIndexOf('/') + 1));
        return new FileEntry(path, Path.of(path), 1, language, CLASSIFIER.roleOf(path, language));
    }
}
