package dev.readiness.facts;

/** Code or configuration that reads an environment variable by name. */
public record EnvReference(String name, String path, int line) {
}
