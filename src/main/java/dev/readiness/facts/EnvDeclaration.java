package dev.readiness.facts;

/**
 * A variable assigned in a {@code .env*} file.
 *
 * @param value the assigned value, unquoted; never rendered in any output
 */
public record EnvDeclaration(String name, String value, String path, int line) {

    public boolean hasValue() {
        return !value.isEmpty();
    }

    @Override
    public String toString() {
        return "EnvDeclaration[" + name + " at " + path + ":" + line + "]";
    }
}
