package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequirementsTxtParserTest {

    @Test
    void readsRequirementsAmongPipOptionsCommentsAndContinuations() {
        FileFacts facts = ManifestFixture.extract("requirements.txt", """
                # production dependencies
                -r base.txt
                -c constraints.txt
                --index-url https://pypi.example.org/simple
                Django==5.0.4  # pinned for the LTS
                uvicorn[standard]>=0.29 ; python_version >= "3.9"
                psycopg2-binary==2.9.9 \\
                    --hash=sha256:aaaa \\
                    --hash=sha256:bbbb
                Flask_SQLAlchemy \\
                  >=3.1
                -e git+https://github.com/acme/toolkit.git@v1.2#egg=Acme_Toolkit
                git+https://github.com/acme/nameless.git
                ./vendor/localpkg
                https://example.org/packages/Pillow-10.0.0.tar.gz#egg=pillow
                requests
                """);

        assertEquals(List.of(
                new Dependency("pypi", "django", "==5.0.4", "requirements.txt", 5, false),
                new Dependency("pypi", "uvicorn", ">=0.29", "requirements.txt", 6, false),
                new Dependency("pypi", "psycopg2-binary", "==2.9.9", "requirements.txt", 7, false),
                new Dependency("pypi", "flask-sqlalchemy", ">=3.1", "requirements.txt", 10, false),
                new Dependency("pypi", "acme-toolkit", "", "requirements.txt", 12, false),
                new Dependency("pypi", "pillow", "", "requirements.txt", 15, false),
                new Dependency("pypi", "requests", "", "requirements.txt", 16, false)),
                facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void directReferenceWithoutSpacesIsStillARequirement() {
        FileFacts facts = ManifestFixture.extract("requirements.txt", "mylib@ https://example.org/mylib-1.0.zip\n");

        assertEquals(List.of(new Dependency("pypi", "mylib", "", "requirements.txt", 1, false)), facts.dependencies());
    }

    @Test
    void devFilesAreRecognisedByTheWordsOfTheirName() {
        assertEquals(true, onlyDependencyOf("requirements-dev.txt").dev());
        assertEquals(true, onlyDependencyOf("test-requirements.txt").dev());
        assertEquals(true, onlyDependencyOf("requirements/docs.txt").dev());
        assertEquals(true, onlyDependencyOf("requirements_lint.txt").dev());
        assertEquals(false, onlyDependencyOf("requirements/base.txt").dev());
        assertEquals(false, onlyDependencyOf("requirements.txt").dev());
    }

    private static Dependency onlyDependencyOf(String path) {
        List<Dependency> dependencies = ManifestFixture.extract(path, "pytest==8.1.1\n").dependencies();
        assertEquals(1, dependencies.size(), path);
        return dependencies.get(0);
    }
}
