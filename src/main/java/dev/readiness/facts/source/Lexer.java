package dev.readiness.facts.source;

import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Splits one file into code, comments and string literals after its language's {@link Syntax} and produces the
 * {@link MaskedSource}. Code embedded in literals ({@code `${process.env.X}`}, {@code f"{os.getenv('X')}"}) stays
 * code. One instance lexes one text once.
 */
final class Lexer {
    private static final Set<String> PYTHON_STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");
    /** After these a JavaScript {@code /} starts a regular expression; after a value it divides. */
    private static final Set<String> KEYWORDS_BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");
    private static final String OPERATORS_BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

    private final String text;
    private final Syntax syntax;
    private final char[] masked;
    private final LineIndex lines;
    /** The first characters of the syntax's string delimiters. */
    private final String quoteStarts;
    /** The first characters of its comment markers, so most characters are known to start none at one look. */
    private final String commentStarts;
    private final NavigableMap<Integer, StringLiteral> literals = new TreeMap<>();
    private int pos;
    private boolean regexMayFollow = true;

    private Lexer(String text, Syntax syntax) {
        this.text = text;
        this.syntax = syntax;
        this.masked = text.toCharArray();
        this.lines = LineIndex.of(text);
        this.quoteStarts = syntax.quotes().stream().map(q -> q.delimiter().substring(0, 1))
                .distinct().collect(Collectors.joining());
        String blockStart = syntax.hasBlockComments() ? syntax.blockCommentOpen().substring(0, 1) : "";
        this.commentStarts = syntax.lineComments().stream().map(marker -> marker.substring(0, 1))
                .collect(Collectors.joining()) + blockStart;
    }

    static MaskedSource mask(String text, Syntax syntax) {
        Lexer lexer = new Lexer(text, syntax);
        lexer.code(false);
        return new MaskedSource(new String(lexer.masked), lexer.literals, lexer.lines);
    }

    /** Lexes code to the end of the text or, inside an interpolation, up to (not past) its closing brace. */
    private void code(boolean interpolation) {
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            Optional<Quote> quote = quoteAt(pos);
            boolean mayOpenComment = commentStarts.indexOf(c) >= 0;
            if (interpolation && c == '}' && depth == 0) {
                return;
            } else if (mayOpenComment && lineCommentStarts()) {
                blankUpTo(lines.lineEnd(pos));
            } else if (mayOpenComment && syntax.hasBlockComments() && text.startsWith(syntax.blockCommentOpen(), pos)) {
                blankUpTo(blockCommentEnd());
            } else if (quote.isPresent()) {
                string(quote.get(), false);
            } else if (isWordChar(c)) {
                word();
            } else if (c == '/' && syntax.regexLiterals() && regexMayFollow) {
                regex();
            } else {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (!Character.isWhitespace(c)) {
                    regexMayFollow = OPERATORS_BEFORE_REGEX.indexOf(c) >= 0;
                }
                pos++;
            }
        }
    }

    private void word() {
        int start = pos;
        while (pos < text.length() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        // only Python's string prefixes and JavaScript's regex rule need the word itself
        if (syntax.stringPrefixes()) {
            Optional<Quote> quote = quoteAt(pos);
            String prefix = text.substring(start, pos).toLowerCase(Locale.ROOT);
            if (quote.isPresent() && PYTHON_STRING_PREFIXES.contains(prefix)) {
                string(quote.get(), prefix.contains("f"));
                return;
            }
        }
        regexMayFollow = syntax.regexLiterals() && KEYWORDS_BEFORE_REGEX.contains(text.substring(start, pos));
    }

    private void string(Quote quote, boolean formatString) {
        int open = pos;
        String delimiter = quote.delimiter();
        String interpolation = formatString ? "{" : quote.interpolation();
        pos += delimiter.length();
        int contentStart = pos;
        int segmentStart = pos;
        boolean constant = true;
        regexMayFollow = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\\' && quote.escapes()) {
                pos = Math.min(pos + 2, text.length());
            } else if (text.startsWith(delimiter, pos)) {
                blank(segmentStart, pos);
                literals.put(open, new StringLiteral(open, pos + delimiter.length(),
                        text.substring(contentStart, pos), constant));
                pos += delimiter.length();
                return;
            } else if (c == '\n' && !quote.multiline()) {
                break;
            } else if (formatString && text.startsWith("{{", pos)) {
                pos += 2;
            } else if (!interpolation.isEmpty() && text.startsWith(interpolation, pos)) {
                constant = false;
                blank(segmentStart, pos + interpolation.length());
                pos += interpolation.length();
                code(true);
                // the closing brace is blanked with the literal text that follows it
                segmentStart = pos;
                pos = Math.min(pos + 1, text.length());
            } else {
                pos++;
            }
        }
        blank(segmentStart, pos);
    }

    private void regex() {
        boolean inClass = false;
        for (int i = pos + 1; i < text.length() && text.charAt(i) != '\n'; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                blank(pos + 1, i);
                pos = i + 1;
                regexMayFollow = false;
                return;
            }
        }
        // no closing slash on this line: it was a division after all
        pos++;
        regexMayFollow = true;
    }

    private boolean lineCommentStarts() {
        for (String marker : syntax.lineComments()) {
            if (text.startsWith(marker, pos) && placementAllows()) {
                return true;
            }
        }
        return false;
    }

    private boolean placementAllows() {
        return switch (syntax.lineCommentPlacement()) {
            case ANYWHERE -> true;
            case AFTER_WHITESPACE -> pos == 0 || Character.isWhitespace(text.charAt(pos - 1));
            case LINE_START -> text.substring(text.lastIndexOf('\n', pos - 1) + 1, pos).isBlank();
        };
    }

    private int blockCommentEnd() {
        int close = text.indexOf(syntax.blockCommentClose(), pos + syntax.blockCommentOpen().length());
        return close < 0 ? text.length() : close + syntax.blockCommentClose().length();
    }

    /** Called for every character, so it looks at the character before trying any delimiter. */
    private Optional<Quote> quoteAt(int offset) {
        if (offset >= text.length() || quoteStarts.indexOf(text.charAt(offset)) < 0) {
            return Optional.empty();
        }
        for (Quote quote : syntax.quotes()) {
            if (text.startsWith(quote.delimiter(), offset)) {
                return Optional.of(quote);
            }
        }
        return Optional.empty();
    }

    private void blankUpTo(int end) {
        blank(pos, end);
        pos = end;
    }

    /** Spaces over {@code [from, to)}, line breaks kept so that line numbers stay true. */
    private void blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (masked[i] != '\n' && masked[i] != '\r') {
                masked[i] = ' ';
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
