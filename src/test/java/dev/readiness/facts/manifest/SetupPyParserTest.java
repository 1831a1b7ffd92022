package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class SetupPyParserTest {

    @Test
    void readsInstallRequiresTestsRequireAndExtras() {
        FileFacts facts = ManifestFixture.extract("setup.py", """
                from setuptools import setup, find_packages

                setup(
                    name="billing",
                    packages=find_packages(),
                    install_requires=[
                        "stripe>=8.0",  # payments
                        'SQLAlchemy[asyncio]~=2.0',
                        # "commented-out>=1",
                        "pywin32; sys_platform == 'win32'",
                    ],
                    tests_require=["pytest"],
                    extras_require={
                        "redis": ["redis>=5"],
                        "dev": [
                            "black",
                        ],
                    },
                )
                """);

        assertEquals(List.of(
                new Dependency("pypi", "stripe", ">=8.0", "setup.py", 7, false),
                new Dependency("pypi", "sqlalchemy", "~=2.0", "setup.py", 8, false),
                new Dependency("pypi", "pywin32", "", "setup.py", 10, false),
                new Dependency("pypi", "pytest", "", "setup.py", 12, true),
                new Dependency("pypi", "redis", ">=5", "setup.py", 14, false),
                new Dependency("pypi", "black", "", "setup.py", 16, true)),
                facts.dependencies());
    }

    @Test
    void followsANameBoundToTheListOnce() {
        FileFacts facts = ManifestFixture.extract("setup.py", """
                from setuptools import setup

                install_requires = [
                    "click>=8",
                ]

                setup(name="cli", install_requires=install_requires)
                """);

        assertEquals(List.of(new Dependency("pypi", "click", ">=8", "setup.py", 4, false)), facts.dependencies());
    }

    @Test
    void unterminatedListKeepsWhatWasWritten() {
        FileFacts facts = ManifestFixture.extract("setup.py", """
                setup(install_requires=["httpx", "anyio
                """);

        assertEquals(List.of(
                new Dependency("pypi", "httpx", "", "setup.py", 1, false),
                new Dependency("pypi", "anyio", "", "setup.py", 1, false)),
                facts.dependencies());
    }
}
