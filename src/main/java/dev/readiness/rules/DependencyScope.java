package dev.readiness.rules;

import dev.readiness.facts.Dependency;

/** Which declared dependencies a {@code dependency} predicate looks at. */
enum DependencyScope {
    ANY, MAIN, DEV;

    boolean admits(Dependency dependency) {
        return switch (this) {
            case ANY -> true;
            case MAIN -> !dependency.dev();
            case DEV -> dependency.dev();
        };
    }
}
