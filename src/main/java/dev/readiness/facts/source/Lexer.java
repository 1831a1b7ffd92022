package dev.readiness.facts.source;

import dev.readiness.facts.SourceFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Splits one file into code, comments and string literals after its language's {@link Syntax} and produces the
 * {@link MaskedSource}. Code embedded in literals ({@code `${process.env.X}`}, {@code f"{os.getenv('X')}"}) stays
 * code. One instance lexes one text once.
 */
final class Lexer {
    private static final Set<String> PYTHON_STRING_PREFIXES = Set.of("r", "u", "b", "f", "br", "rb", "fr", "rf");
    private static final int LONGEST_STRING_PREFIX = longest(PYTHON_STRING_PREFIXES);
    /** After these a JavaScript {@code /} starts a regular expression; after a value it divides. */
    private static final Set<String> KEYWORDS_BEFORE_REGEX = Set.of("return", "typeof", "instanceof", "in", "of",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await");
    /** Longer words need no lookup, which keeps substrings off the path every identifier takes. */
    private static final int LONGEST_KEYWORD_BEFORE_REGEX = longest(KEYWORDS_BEFORE_REGEX);
    private static final String OPERATORS_BEFORE_REGEX = "(,=:[!&|?{};+-*%<>~^";

    /** Classes of ASCII characters, so that most characters are dealt with at one look. */
    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte SPACE = 2;
    /** May start one of the syntax's string delimiters. */
    private static final byte QUOTE_START = 4;
    /** May start one of its comment markers. */
    private static final byte COMMENT_START = 8;
    private static final int ASCII = 128;

    private final String text;
    private final Syntax syntax;
    private final char[] masked;
    private final LineIndex lines;
    private final byte[] classes = new byte[ASCII];
    /** In the order they close, which an interpolation's literals make differ from the order they open. */
    private final List<StringLiteral> literals = new ArrayList<>();
    private int pos;
    private boolean regexMayFollow = true;
    /**
     * Where the word just lexed starts, or -1 after any other token: whether a {@code /} after a word opens a regex
     * depends on the word, looked up only when a {@code /} comes, which few words are followed by.
     */
    private int wordBefore = -1;
    private int wordBeforeEnd;

    private Lexer(String text, LineIndex lines, Syntax syntax) {
        this.text = text;
        this.syntax = syntax;
        this.masked = text.toCharArray();
        this.lines = lines;
        for (char c = 0; c < ASCII; c++) {
            classes[c] = isWordChar(c) ? WORD : Character.isWhitespace(c) ? SPACE : OTHER;
        }
        syntax.quotes().forEach(quote -> classes[quote.delimiter().charAt(0)] |= QUOTE_START);
        syntax.lineComments().forEach(marker -> classes[marker.charAt(0)] |= COMMENT_START);
        if (syntax.hasBlockComments()) {
            classes[syntax.blockCommentOpen().charAt(0)] |= COMMENT_START;
        }
    }

    private byte classOf(char c) {
        if (c < ASCII) {
            return classes[c];
        }
        return isWordChar(c) ? WORD : Character.isWhitespace(c) ? SPACE : OTHER;
    }

    static MaskedSource mask(String text, Syntax syntax) {
        return mask(text, LineIndex.of(text), syntax);
    }

    /** Masks a file's text in its language's syntax, with the line index its other readers share. */
    static MaskedSource mask(SourceFile file) {
        return mask(file.text(), file.lines(), Syntax.of(file.entry().language()).orElseThrow());
    }

    private static MaskedSource mask(String text, LineIndex lines, Syntax syntax) {
        Lexer lexer = new Lexer(text, lines, syntax);
        lexer.code(false);
        lexer.literals.sort(Comparator.comparingInt(StringLiteral::start));
        return new MaskedSource(new String(lexer.masked), lexer.literals, lexer.lines);
    }

    /** Lexes code to the end of the text or, inside an interpolation, up to (not past) its closing brace. */
    private void code(boolean interpolation) {
        int depth = 0;
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            byte kind = classOf(c);
            boolean mayOpenComment = (kind & COMMENT_START) != 0;
            Optional<Quote> quote = (kind & QUOTE_START) != 0 ? quoteAt(pos) : Optional.empty();
            if (interpolation && c == '}' && depth == 0) {
                return;
            } else if (mayOpenComment && lineCommentStarts()) {
                blankUpTo(lines.lineEnd(pos));
            } else if (mayOpenComment && syntax.hasBlockComments() && text.startsWith(syntax.blockCommentOpen(), pos)) {
                blankUpTo(blockCommentEnd());
            } else if (quote.isPresent()) {
                string(quote.get(), false);
            } else if (kind == WORD) {
                word();
            } else if (c == '/' && syntax.regexLiterals() && regexMayFollow()) {
                regex();
            } else {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (kind != SPACE) {
                    regexMayFollow = OPERATORS_BEFORE_REGEX.indexOf(c) >= 0;
                    wordBefore = -1;
                }
                pos++;
            }
        }
    }

    private void word() {
        int start = pos;
        int length = text.length();
        while (pos < length && classOf(text.charAt(pos)) == WORD) {
            pos++;
        }
        // only Python's string prefixes and JavaScript's regex rule need the word itself
        if (syntax.stringPrefixes() && pos - start <= LONGEST_STRING_PREFIX) {
            Optional<Quote> quote = quoteAt(pos);
            String prefix = text.substring(start, pos).toLowerCase(Locale.ROOT);
            if (quote.isPresent() && PYTHON_STRING_PREFIXES.contains(prefix)) {
                string(quote.get(), prefix.contains("f"));
                return;
            }
        }
        regexMayFollow = false;
        wordBefore = start;
        wordBeforeEnd = pos;
    }

    private void string(Quote quote, boolean formatString) {
        int open = pos;
        String delimiter = quote.delimiter();
        String interpolation = formatString ? "{" : quote.interpolation();
        char delimiterStart = delimiter.charAt(0);
        char interpolationStart = interpolation.isEmpty() ? delimiterStart : interpolation.charAt(0);
        pos += delimiter.length();
        int contentStart = pos;
        int segmentStart = pos;
        boolean constant = true;
        regexMayFollow = false;
        wordBefore = -1;
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != '\\' && c != delimiterStart && c != '\n' && c != interpolationStart) {
                pos++;
            } else if (c == '\\' && quote.escapes()) {
                pos = Math.min(pos + 2, text.length());
            } else if (text.startsWith(delimiter, pos)) {
                blank(segmentStart, pos);
                literals.add(new StringLiteral(text, open, pos + delimiter.length(), contentStart, pos, constant));
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
                wordBefore = -1;
                return;
            }
        }
        // no closing slash on this line: it was a division after all
        pos++;
        regexMayFollow = true;
        wordBefore = -1;
    }

    private boolean regexMayFollow() {
        if (wordBefore < 0) {
            return regexMayFollow;
        }
        return wordBeforeEnd - wordBefore <= LONGEST_KEYWORD_BEFORE_REGEX
                && KEYWORDS_BEFORE_REGEX.contains(text.substring(wordBefore, wordBeforeEnd));
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

    private Optional<Quote> quoteAt(int offset) {
        if (offset >= text.length() || (classOf(text.charAt(offset)) & QUOTE_START) == 0) {
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

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
