package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import dev.readiness.scan.Language;

import java.util.Optional;

/**
 * Finds the import statements of one language in a {@link MaskedSource}. Java's reader is called by
 * {@link JavaSourceExtractor}, which reads everything else of a Java file from the same masked source.
 */
sealed interface ImportReader permits PythonImports, ScriptImports, GoImports, JavaImports {

    void read(MaskedSource source, FileFacts facts);

    static Optional<ImportReader> of(Language language) {
        return Optional.ofNullable(switch (language) {
            case PYTHON -> new PythonImports();
            case JAVASCRIPT, TYPESCRIPT -> new ScriptImports();
            case GO -> new GoImports();
            default -> null;
        });
    }

    /**
     * Reports the module the literal at {@code quoteOffset} names; a path into the project itself ({@code ./x}) is
     * reported as written, and {@link dev.readiness.facts.ImportRef#relative()} tells it from a package.
     */
    static void addModuleAt(MaskedSource source, int quoteOffset, int line, FileFacts facts) {
        source.constantAt(quoteOffset)
                .filter(module -> !module.isBlank())
                .ifPresent(module -> facts.addImport(module, line));
    }
}
