package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.List;

/**
 * JavaScript and TypeScript: {@code import … from 'm'} (also {@code import type}), {@code import 'm'},
 * {@code export … from 'm'}, {@code require('m')} and {@code import('m')}, each reported at the line where its
 * statement or call starts.
 */
final class ScriptImports implements ImportReader {
    private static final String NOT_A_MEMBER = "(?<![\\w$.])";
    /** What may stand between {@code import}/{@code export} and {@code from}: default, namespace and named parts. */
    private static final String CLAUSE =
            "(?:type\\s+)?(?:[\\w$]+\\s*,?\\s*)?(?:\\*\\s*(?:as\\s+[\\w$]+)?|\\{[^{}]*\\})?";
    private static final List<AnchoredPattern> FORMS = List.of(
            AnchoredPattern.of(NOT_A_MEMBER + "(?:import|export)\\b\\s*" + CLAUSE + "\\s*from\\s*([\"'])",
                    "import", "export"),
            AnchoredPattern.of(NOT_A_MEMBER + "import\\s*([\"'])", "import"),
            AnchoredPattern.of(NOT_A_MEMBER + "(?:require|import)\\s*\\(\\s*([\"'`])", "require", "import"));

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        for (AnchoredPattern form : FORMS) {
            form.forEachMatch(source.code(), matcher ->
                    ImportReader.addModuleAt(source, matcher.start(1), source.lineAt(matcher.start()), facts));
        }
    }
}
