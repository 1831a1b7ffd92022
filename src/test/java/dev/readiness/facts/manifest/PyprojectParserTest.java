package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PyprojectParserTest {

    @Test
    void readsPep621ProjectExtrasAndPep735Groups() {
        FileFacts facts = ManifestFixture.extract("pyproject.toml", """
                [build-system]
                requires = ["hatchling"]

                [project]
                name = "shop"
                dependencies = [
                    "fastapi-users>=13",
                    "fastapi>=0.110",
                    "uvicorn[standard]>=0.29; python_version >= \\"3.9\\"",
                ]

                [project.optional-dependencies]
                stripe = ["stripe>=8"]
                test = [
                    "pytest>=8",
                ]

                [dependency-groups]
                lint = ["ruff", {include-group = "test"}]
                """);

        assertEquals(List.of(
                new Dependency("pypi", "fastapi-users", ">=13", "pyproject.toml", 7, false),
                new Dependency("pypi", "fastapi", ">=0.110", "pyproject.toml", 8, false),
                new Dependency("pypi", "uvicorn", ">=0.29", "pyproject.toml", 9, false),
                new Dependency("pypi", "stripe", ">=8", "pyproject.toml", 13, false),
                new Dependency("pypi", "pytest", ">=8", "pyproject.toml", 15, true),
                new Dependency("pypi", "ruff", "", "pyproject.toml", 19, true)),
                facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void readsPoetryTablesAndGroups() {
        FileFacts facts = ManifestFixture.extract("pyproject.toml", """
                [tool.poetry]
                name = "worker"

                [tool.poetry.dependencies]
                python = "^3.11"
                Celery = { version = "^5.3", extras = ["redis"] }
                sentry-sdk = "^1.40"
                internal-lib = { git = "https://github.com/acme/internal-lib.git" }

                [tool.poetry.dev-dependencies]
                black = "^24.3"

                [tool.poetry.group.main.dependencies]
                httpx = "^0.27"

                [tool.poetry.group.test.dependencies]
                pytest = "^8.1"
                """);

        assertEquals(List.of(
                new Dependency("pypi", "celery", "^5.3", "pyproject.toml", 6, false),
                new Dependency("pypi", "sentry-sdk", "^1.40", "pyproject.toml", 7, false),
                new Dependency("pypi", "internal-lib", "", "pyproject.toml", 8, false),
                new Dependency("pypi", "black", "^24.3", "pyproject.toml", 11, true),
                new Dependency("pypi", "httpx", "^0.27", "pyproject.toml", 14, false),
                new Dependency("pypi", "pytest", "^8.1", "pyproject.toml", 17, true)),
                facts.dependencies());
    }

    @Test
    void extrasWrittenAsInlineTableAreFoundInTheirEnclosingSection() {
        FileFacts facts = ManifestFixture.extract("pyproject.toml", """
                [project]
                name = "cli"
                optional-dependencies = { docs = ["mkdocs"] }
                dependencies = ["click"]
                """);

        assertEquals(List.of(
                new Dependency("pypi", "click", "", "pyproject.toml", 4, false),
                new Dependency("pypi", "mkdocs", "", "pyproject.toml", 3, true)),
                facts.dependencies());
    }

    @Test
    void halfWrittenFileWarnsAndKeepsTheSectionsBeforeTheBreak() {
        FileFacts facts = ManifestFixture.extract("pyproject.toml", """
                [project]
                dependencies = ["django>=5"]

                [project.optional-dependencies]
                dev = [
                    "pytest",
                    "mypy
                """);

        assertEquals(List.of(new Dependency("pypi", "django", ">=5", "pyproject.toml", 2, false)),
                facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse pyproject.toml: "), warning);
        assertTrue(warning.contains("(line 7, column"), warning);
    }
}
