package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipfileParserTest {

    @Test
    void readsPackagesAndDevPackages() {
        FileFacts facts = ManifestFixture.extract("Pipfile", """
                [[source]]
                url = "https://pypi.org/simple"
                name = "pypi"

                [packages]
                Flask = "==3.0.2"
                gunicorn = "*"
                requests = {version = ">=2.31", extras = ["socks"]}

                [dev-packages]
                pytest = "*"

                [requires]
                python_version = "3.12"
                """);

        assertEquals(List.of(
                new Dependency("pypi", "flask", "==3.0.2", "Pipfile", 6, false),
                new Dependency("pypi", "gunicorn", "*", "Pipfile", 7, false),
                new Dependency("pypi", "requests", ">=2.31", "Pipfile", 8, false),
                new Dependency("pypi", "pytest", "*", "Pipfile", 11, true)),
                facts.dependencies());
    }

    @Test
    void duplicateKeyWarnsAndKeepsEarlierSections() {
        FileFacts facts = ManifestFixture.extract("Pipfile", """
                [packages]
                flask = "*"

                [dev-packages]
                black = "*"
                black = "==24.3.0"
                """);

        assertEquals(List.of(new Dependency("pypi", "flask", "*", "Pipfile", 2, false)), facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse Pipfile: Duplicate key"), warning);
    }
}
