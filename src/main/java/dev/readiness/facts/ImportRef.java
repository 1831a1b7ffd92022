package dev.readiness.facts;

import java.util.List;

/**
 * A module a source file imports: {@code stripe}, {@code @aws-sdk/client-s3}, {@code com.stripe.Stripe},
 * {@code github.com/getsentry/sentry-go}. An import of the project's own files is kept as written
 * ({@code ./lib/webhooks}, {@code ..core.security}), so that a rule judged per file can follow it; see
 * {@link #relative()}.
 *
 * @param names what a Python {@code from m import a, b} takes from the module ({@code a}, {@code b}): each may be a
 *              submodule, which is where the code it names lives; empty for every other form
 */
public record ImportRef(String module, String path, int line, List<String> names) {

    public ImportRef {
        names = List.copyOf(names);
    }

    public ImportRef(String module, String path, int line) {
        this(module, path, line, List.of());
    }

    /**
     * A path into the project itself rather than a package: {@code ./x}, {@code ../x} and {@code /x} in
     * JavaScript and TypeScript, {@code .x} and {@code ..x} in Python.
     */
    public boolean relative() {
        return module.startsWith(".") || module.startsWith("/");
    }

    /** How the import reads in a report: {@code from .security import verify}, {@code import "./lib/webhooks"}. */
    public String statement() {
        if (!names.isEmpty()) {
            return "from " + module + " import " + String.join(", ", names);
        }
        boolean path = module.contains("/") || module.equals(".") || module.equals("..");
        return path ? "import \"" + module + "\"" : "import " + module;
    }
}
