package dev.readiness.facts;

/**
 * A package a manifest declares.
 *
 * @param ecosystem {@code pypi}, {@code npm}, {@code maven}, {@code go}, {@code rubygems}, {@code packagist}, {@code cargo}
 * @param name      as the ecosystem spells it: {@code stripe}, {@code @sentry/node}, {@code com.stripe:stripe-java}
 * @param version   the declared constraint, or {@code ""} when none
 * @param line      1-based line of the declaration in {@code path}
 * @param dev       declared for development or tests only (devDependencies, test scope, dev group)
 */
public record Dependency(String ecosystem, String name, String version, String path, int line, boolean dev) {
    public Dependency {
        version = version == null ? "" : version;
    }
}
