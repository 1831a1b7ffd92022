package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.List;

/**
 * Calls, subscripts and member accesses that read a variable by a constant name, per language. Names built at
 * run time (variables, f-strings, templates) are not reported, and neither are writes such as
 * {@code os.environ["X"] = v}.
 */
record EnvAccessReader(List<EnvAccess> accesses) implements EnvReader {
    private static final String QUOTE = "([\"'`])";
    private static final String NOT_A_MEMBER = "(?<![\\w$.])";
    /** The objects JavaScript runtimes expose the environment as: Node, Vite and Bun. */
    static final String SCRIPT_ENV_OBJECT = NOT_A_MEMBER + "(?:process\\.env|import\\.meta\\.env|Bun\\.env)";
    /** The words every {@link #SCRIPT_ENV_OBJECT} starts with. */
    static final List<String> SCRIPT_ENV_ANCHORS = List.of("process.env", "import.meta.env", "Bun.env");

    static final EnvAccessReader PYTHON = new EnvAccessReader(List.of(
            EnvAccess.literal(NOT_A_MEMBER + "(?:os\\.)?getenv\\s*\\(\\s*" + QUOTE, "os.", "getenv"),
            EnvAccess.literal(NOT_A_MEMBER + "(?:os\\.)?environ(?:\\s*\\[|\\.get\\s*\\()\\s*" + QUOTE,
                    "os.", "environ"),
            // django-environ: env("X"), env.str("X"), env.bool("X", default=False), …
            EnvAccess.literal(NOT_A_MEMBER + "env(?:\\.\\w+)?\\s*\\(\\s*" + QUOTE, "env"),
            // python-decouple
            EnvAccess.literal(NOT_A_MEMBER + "config\\s*\\(\\s*" + QUOTE, "config")));
    static final EnvAccessReader SCRIPT = new EnvAccessReader(List.of(
            EnvAccess.identifier(SCRIPT_ENV_OBJECT + "\\s*\\??\\.\\s*([A-Za-z_$][\\w$]*+)(?!\\s*\\()",
                    SCRIPT_ENV_ANCHORS.toArray(String[]::new)),
            EnvAccess.literal(SCRIPT_ENV_OBJECT + "\\s*(?:\\?\\.)?\\[\\s*" + QUOTE, SCRIPT_ENV_ANCHORS.toArray(String[]::new)),
            EnvAccess.literal(NOT_A_MEMBER + "Deno\\.env\\.get\\s*\\(\\s*" + QUOTE, "Deno.env.get")));
    static final EnvAccessReader GO = new EnvAccessReader(List.of(
            EnvAccess.literal(NOT_A_MEMBER + "os\\.(?:Getenv|LookupEnv)\\s*\\(\\s*" + QUOTE, "os.")));
    static final EnvAccessReader RUBY = new EnvAccessReader(List.of(
            EnvAccess.literal(NOT_A_MEMBER + "ENV\\s*(?:\\[|\\.fetch\\s*\\(?)\\s*" + QUOTE, "ENV")));
    static final EnvAccessReader PHP = new EnvAccessReader(List.of(
            EnvAccess.literal("(?<![\\w$>:.])(?:getenv|env)\\s*\\(\\s*" + QUOTE, "getenv", "env"),
            EnvAccess.literal("\\$_ENV\\s*\\[\\s*" + QUOTE, "$_ENV")));

    EnvAccessReader {
        accesses = List.copyOf(accesses);
    }

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        for (EnvAccess access : accesses) {
            access.pattern().forEachMatch(source.code(), matcher -> {
                int at = matcher.start(1);
                if (access.nameInLiteral()) {
                    source.literalAt(at).filter(StringLiteral::constant)
                            .ifPresent(literal -> report(literal.value(), at, literal.end(), source, facts));
                } else {
                    report(matcher.group(1), at, matcher.end(1), source, facts);
                }
            });
        }
    }

    private static void report(String name, int start, int end, MaskedSource source, FileFacts facts) {
        if (EnvNames.isName(name) && !isAssignedAfter(source.code(), end)) {
            facts.addEnvReference(name, source.lineAt(start));
        }
    }

    /** Whether the access ending at {@code end} is the target of a plain {@code =} (a write, not a read). */
    private static boolean isAssignedAfter(String code, int end) {
        int at = Blanks.skip(code, end);
        if (at < code.length() && code.charAt(at) == ']') {
            at = Blanks.skip(code, at + 1);
        }
        return at < code.length() && code.charAt(at) == '='
                && (at + 1 == code.length() || "=>".indexOf(code.charAt(at + 1)) < 0);
    }
}
