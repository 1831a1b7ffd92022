package dev.readiness.facts.source;

import dev.readiness.scan.Language;

import java.util.List;
import java.util.Optional;

/**
 * How a language writes comments and string literals: all {@link Lexer} needs to tell code from text.
 *
 * @param quotes         longest delimiter first, so that {@code """} wins over {@code "}
 * @param stringPrefixes Python's {@code r"…"}, {@code b'…'}, {@code f"…"} (the {@code f} ones interpolate)
 * @param regexLiterals  JavaScript's {@code /…/}, whose quotes are no string delimiters
 */
record Syntax(List<String> lineComments, CommentPlacement lineCommentPlacement, String blockCommentOpen,
              String blockCommentClose, List<Quote> quotes, boolean stringPrefixes, boolean regexLiterals) {

    static final Syntax PYTHON = new Syntax(List.of("#"), CommentPlacement.ANYWHERE, "", "",
            List.of(new Quote("\"\"\"", true, true, ""), new Quote("'''", true, true, ""),
                    Quote.plain("\""), Quote.plain("'")),
            true, false);
    static final Syntax SCRIPT = new Syntax(List.of("//"), CommentPlacement.ANYWHERE, "/*", "*/",
            List.of(Quote.plain("\""), Quote.plain("'"), new Quote("`", true, true, "${")),
            false, true);
    /** Text blocks ({@code """}) may span lines; a character literal is a one-character string. */
    static final Syntax JAVA = new Syntax(List.of("//"), CommentPlacement.ANYWHERE, "/*", "*/",
            List.of(new Quote("\"\"\"", true, true, ""), Quote.plain("\""), Quote.plain("'")),
            false, false);
    static final Syntax GO = new Syntax(List.of("//"), CommentPlacement.ANYWHERE, "/*", "*/",
            List.of(Quote.plain("\""), Quote.plain("'"), new Quote("`", true, false, "")),
            false, false);
    static final Syntax RUBY = new Syntax(List.of("#"), CommentPlacement.ANYWHERE, "", "",
            List.of(new Quote("\"", true, true, "#{"), new Quote("'", true, true, "")),
            false, false);
    static final Syntax PHP = new Syntax(List.of("//", "#"), CommentPlacement.ANYWHERE, "/*", "*/",
            List.of(new Quote("\"", true, true, ""), new Quote("'", true, true, "")),
            false, false);
    /** YAML's quoted scalars stay as they are: their {@code ${X}} placeholders are what is looked for. */
    static final Syntax YAML = new Syntax(List.of("#"), CommentPlacement.AFTER_WHITESPACE, "", "",
            List.of(), false, false);
    static final Syntax PROPERTIES = new Syntax(List.of("#", "!"), CommentPlacement.LINE_START, "", "",
            List.of(), false, false);

    static Optional<Syntax> of(Language language) {
        return Optional.ofNullable(switch (language) {
            case PYTHON -> PYTHON;
            case JAVASCRIPT, TYPESCRIPT -> SCRIPT;
            case JAVA -> JAVA;
            case GO -> GO;
            case RUBY -> RUBY;
            case PHP -> PHP;
            case YAML -> YAML;
            case PROPERTIES -> PROPERTIES;
            default -> null;
        });
    }

    boolean hasBlockComments() {
        return !blockCommentOpen.isEmpty();
    }
}
