package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupCfgParserTest {

    @Test
    void readsMultiLineOptionValuesAndExtras() {
        FileFacts facts = ManifestFixture.extract("setup.cfg", """
                [metadata]
                name = reports
                install_requires = not-in-options

                [options]
                packages = find:
                install_requires =
                    Jinja2>=3.1
                    # a comment inside the value
                    importlib-metadata; python_version<"3.10"
                tests_require = pytest; pytest-cov
                python_requires = >=3.9

                [options.extras_require]
                pdf = weasyprint>=61
                docs =
                    sphinx
                """);

        assertEquals(List.of(
                new Dependency("pypi", "jinja2", ">=3.1", "setup.cfg", 8, false),
                new Dependency("pypi", "importlib-metadata", "", "setup.cfg", 10, false),
                new Dependency("pypi", "pytest", "", "setup.cfg", 11, true),
                new Dependency("pypi", "pytest-cov", "", "setup.cfg", 11, true),
                new Dependency("pypi", "weasyprint", ">=61", "setup.cfg", 15, false),
                new Dependency("pypi", "sphinx", "", "setup.cfg", 17, true)),
                facts.dependencies());
    }
}
