package dev.readiness.facts.manifest;

import java.util.Set;

/**
 * Which named groups of Python requirements are for development only. The same names are used for
 * optional-dependency extras, dependency groups, setup.py extras and the words of a requirements file name.
 */
final class PythonDependencyGroups {
    private static final Set<String> DEV_GROUPS = Set.of(
            "dev", "develop", "development", "test", "tests", "testing", "lint", "linting", "doc", "docs", "typing");

    private PythonDependencyGroups() {
    }

    static boolean isDev(String group) {
        return DEV_GROUPS.contains(PythonRequirement.normaliseName(group));
    }
}
