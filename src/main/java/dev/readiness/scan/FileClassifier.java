package dev.readiness.scan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Decides a file's {@link FileRole} from its path and language. The roles are tried in a fixed order and the
 * first that fits wins, so a Dockerfile under {@code tests/} is a test fixture and {@code setup.py} a manifest.
 */
public final class FileClassifier {

    private static final List<PathGlob> CI = globs(
            "**/.github/workflows/**", ".gitlab-ci.yml", "Jenkinsfile", "**/.circleci/**", "azure-pipelines.yml",
            "bitbucket-pipelines.yml", ".travis.yml", "**/.buildkite/**");

    private static final List<PathGlob> TEST = globs(
            "**/test/**", "**/tests/**", "**/__tests__/**", "**/spec/**", "**/specs/**", "**/e2e/**",
            "**/cypress/**", "test_*.py", "*_test.py", "*_test.go", "*.test.*", "*.spec.*", "*Test.java",
            "*Tests.java", "*IT.java", "*Test.kt", "conftest.py", "tests.py");

    /**
     * The singular folder names only at the root: {@code com/example/} and {@code com/acme/demo/} are Java
     * packages of the product, not examples.
     */
    private static final List<PathGlob> EXAMPLE = globs(
            "**/examples/**", "**/samples/**", "/example/**", "/demo/**", "/demos/**");

    private static final List<PathGlob> MIGRATION = globs(
            "**/migrations/**", "**/alembic/versions/**", "**/db/migrate/**", "**/db/migration/**",
            "**/db/changelog/**", "db.changelog*");

    private static final List<PathGlob> INFRA = globs(
            "Dockerfile*", "docker-compose*.y*ml", "compose.y*ml", "*.tf", "render.yaml", "vercel.json",
            "fly.toml", "Procfile", "netlify.toml", "app.yaml", "railway.json", "railway.toml", "serverless.yml",
            "serverless.yaml", "nixpacks.toml");

    /** Folders whose YAML files are deployment manifests. */
    private static final List<PathGlob> INFRA_YAML_FOLDERS = globs(
            "**/k8s/**", "**/kubernetes/**", "**/helm/**", "**/charts/**", "**/deploy/**", "**/manifests/**");

    private static final List<PathGlob> MANIFEST = globs(
            "package.json", "requirements*.txt", "**/requirements/*.txt", "pyproject.toml", "Pipfile", "setup.py",
            "setup.cfg", "pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
            "**/gradle/libs.versions.toml", "go.mod", "Gemfile", "composer.json", "Cargo.toml",
            "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "poetry.lock", "Pipfile.lock", "go.sum",
            "Gemfile.lock", "Cargo.lock", "composer.lock");

    private static final List<PathGlob> SCHEMA = globs("*.prisma", "*.sql", "schema.rb", "*.graphql");

    private static final List<PathGlob> DOCS_FOLDERS = globs("**/docs/**");

    public FileRole roleOf(String relativePath, Language language) {
        if (language == Language.DOTENV) {
            return FileRole.ENV;
        }
        if (PathGlob.anyMatches(CI, relativePath)) {
            return FileRole.CI;
        }
        if (PathGlob.anyMatches(EXAMPLE, relativePath)) {
            return FileRole.EXAMPLE;
        }
        if (PathGlob.anyMatches(TEST, relativePath)) {
            return FileRole.TEST;
        }
        if (PathGlob.anyMatches(MIGRATION, relativePath)) {
            return FileRole.MIGRATION;
        }
        if (language == Language.DOCKERFILE || PathGlob.anyMatches(INFRA, relativePath)
                || (language == Language.YAML && PathGlob.anyMatches(INFRA_YAML_FOLDERS, relativePath))) {
            return FileRole.INFRA;
        }
        if (PathGlob.anyMatches(MANIFEST, relativePath)) {
            return FileRole.MANIFEST;
        }
        if (PathGlob.anyMatches(SCHEMA, relativePath)) {
            return FileRole.SCHEMA;
        }
        if (isDoc(relativePath, language)) {
            return FileRole.DOC;
        }
        if (isSource(language)) {
            return FileRole.SOURCE;
        }
        if (isConfig(language)) {
            return FileRole.CONFIG;
        }
        return FileRole.OTHER;
    }

    private static boolean isDoc(String path, Language language) {
        String upperName = FileEntry.fileNameOf(path).toUpperCase(Locale.ROOT);
        return language == Language.MARKDOWN
                || upperName.endsWith(".RST")
                || upperName.startsWith("LICENSE")
                || upperName.startsWith("CHANGELOG")
                || (language == Language.TEXT && PathGlob.anyMatches(DOCS_FOLDERS, path));
    }

    private static boolean isSource(Language language) {
        return language.isProgramming() || switch (language) {
            case SHELL, HTML, CSS -> true;
            default -> false;
        };
    }

    private static boolean isConfig(Language language) {
        return switch (language) {
            case YAML, JSON, TOML, INI, PROPERTIES, XML, GRADLE -> true;
            default -> false;
        };
    }

    private static List<PathGlob> globs(String... globs) {
        return Stream.of(globs).map(PathGlob::compile).toList();
    }
}
