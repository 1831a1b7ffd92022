package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileClassifierTest {

    private final FileClassifier classifier = new FileClassifier();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // env comes first, whatever the folder
            ".env, ENV",
            "services/api/.env.production, ENV",
            "tests/.env.test, ENV",
            // ci
            ".github/workflows/ci.yml, CI",
            ".gitlab-ci.yml, CI",
            "Jenkinsfile, CI",
            "ci/Jenkinsfile, CI",
            ".circleci/config.yml, CI",
            "azure-pipelines.yml, CI",
            "bitbucket-pipelines.yml, CI",
            ".travis.yml, CI",
            ".buildkite/pipeline.yml, CI",
            ".github/dependabot.yml, CONFIG",
            // test: folders
            "tests/test_api.py, TEST",
            "test/helpers.js, TEST",
            "src/__tests__/app.tsx, TEST",
            "spec/models/user_spec.rb, TEST",
            "specs/a.ts, TEST",
            "e2e/login.ts, TEST",
            "cypress/support/commands.js, TEST",
            "src/test/java/dev/AppTest.java, TEST",
            "src/test/resources/application.yml, TEST",
            "tests/fixtures/Dockerfile, TEST",
            // test: names
            "app/test_models.py, TEST",
            "app/models_test.py, TEST",
            "pkg/server_test.go, TEST",
            "src/app.test.ts, TEST",
            "src/app.spec.js, TEST",
            "src/main/java/dev/AppTest.java, TEST",
            "src/main/java/dev/AppTests.java, TEST",
            "src/main/java/dev/AppIT.java, TEST",
            "src/main/kotlin/AppTest.kt, TEST",
            "conftest.py, TEST",
            "polls/tests.py, TEST",
            "src/main/java/dev/Latest.java, SOURCE",
            "src/testing/util.py, SOURCE",
            // migration
            "app/migrations/0001_initial.py, MIGRATION",
            "alembic/versions/abc123_add_users.py, MIGRATION",
            "db/migrate/20240101_create_users.rb, MIGRATION",
            "prisma/migrations/20240101/migration.sql, MIGRATION",
            "src/main/resources/db/migration/V1__init.sql, MIGRATION",
            "src/main/resources/db/changelog/db.changelog-master.yaml, MIGRATION",
            "db.changelog-1.0.xml, MIGRATION",
            // infra
            "Dockerfile, INFRA",
            "docker/Dockerfile.prod, INFRA",
            "Dockerfile-dev, INFRA",
            "api.dockerfile, INFRA",
            "docker-compose.yml, INFRA",
            "docker-compose.prod.yaml, INFRA",
            "compose.yaml, INFRA",
            "k8s/deployment.yaml, INFRA",
            "kubernetes/service.yml, INFRA",
            "helm/app/values.yaml, INFRA",
            "charts/app/templates/deploy.yaml, INFRA",
            "deploy/prod.yml, INFRA",
            "manifests/ingress.yaml, INFRA",
            "k8s/README.md, DOC",
            "terraform/main.tf, INFRA",
            "render.yaml, INFRA",
            "vercel.json, INFRA",
            "fly.toml, INFRA",
            "Procfile, INFRA",
            "netlify.toml, INFRA",
            "app.yaml, INFRA",
            "railway.json, INFRA",
            "railway.toml, INFRA",
            "serverless.yml, INFRA",
            "nixpacks.toml, INFRA",
            // manifest
            "package.json, MANIFEST",
            "web/package.json, MANIFEST",
            "requirements.txt, MANIFEST",
            "requirements-dev.txt, MANIFEST",
            "requirements/base.txt, MANIFEST",
            "pyproject.toml, MANIFEST",
            "Pipfile, MANIFEST",
            "setup.py, MANIFEST",
            "setup.cfg, MANIFEST",
            "pom.xml, MANIFEST",
            "build.gradle, MANIFEST",
            "build.gradle.kts, MANIFEST",
            "settings.gradle, MANIFEST",
            "settings.gradle.kts, MANIFEST",
            "gradle/libs.versions.toml, MANIFEST",
            "go.mod, MANIFEST",
            "Gemfile, MANIFEST",
            "composer.json, MANIFEST",
            "Cargo.toml, MANIFEST",
            "package-lock.json, MANIFEST",
            "yarn.lock, MANIFEST",
            "pnpm-lock.yaml, MANIFEST",
            "poetry.lock, MANIFEST",
            "Pipfile.lock, MANIFEST",
            "go.sum, MANIFEST",
            "Gemfile.lock, MANIFEST",
            "Cargo.lock, MANIFEST",
            "composer.lock, MANIFEST",
            // schema
            "prisma/schema.prisma, SCHEMA",
            "db/schema.sql, SCHEMA",
            "db/schema.rb, SCHEMA",
            "api/schema.graphql, SCHEMA",
            // doc
            "README.md, DOC",
            "docs/index.rst, DOC",
            "docs/guide/setup.txt, DOC",
            "LICENSE, DOC",
            "License.md, DOC",
            "CHANGELOG, DOC",
            "changelog.txt, DOC",
            "notes.txt, OTHER",
            // source
            "app/main.py, SOURCE",
            "src/index.ts, SOURCE",
            "cmd/server/main.go, SOURCE",
            "scripts/deploy.sh, SOURCE",
            "public/index.html, SOURCE",
            "styles/site.scss, SOURCE",
            "docs/conf.py, SOURCE",
            // config
            "config/settings.yaml, CONFIG",
            "tsconfig.json, CONFIG",
            "ruff.toml, CONFIG",
            "tox.ini, CONFIG",
            "src/main/resources/application.properties, CONFIG",
            "log4j2.xml, CONFIG",
            "gradle/publish.gradle, CONFIG",
            // example: plural folders at any depth, singular ones only at the root
            "examples/stripe-checkout/app.py, EXAMPLE",
            "packages/sdk/samples/upload.ts, EXAMPLE",
            "demo/package.json, EXAMPLE",
            "examples/basic/tests/test_app.py, EXAMPLE",
            "src/main/java/com/example/demo/App.java, SOURCE",
            "libs/example/index.js, SOURCE",
            // other
            "Makefile, OTHER",
            ".gitignore, OTHER",
            "data/blob.bin, OTHER"
    })
    void decidesTheRole(String path, FileRole expected) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        assertEquals(expected, classifier.roleOf(path, Language.fromFileName(name)));
    }
}
