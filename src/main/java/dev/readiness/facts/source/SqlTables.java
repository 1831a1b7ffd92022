package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Table names in SQL text: the tables a DDL script creates, and the tables a query reads or writes
 * ({@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}). Quoted identifiers ({@code "x"}, {@code `x`},
 * {@code [x]}) are unquoted. The patterns are fixed and linear; no user input reaches them.
 */
final class SqlTables {
    private static final String IDENTIFIER = "(\"[^\"\\n]+\"|`[^`\\n]+`|\\[[^\\]\\n]+\\]|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final String QUALIFIED = IDENTIFIER + "(?:\\s*\\.\\s*" + IDENTIFIER + ")?";
    private static final Pattern CREATE = Pattern.compile("(?i)\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?(?:TABLE|(?:MATERIALIZED\\s+)?VIEW)\\s+"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?" + QUALIFIED);
    private static final Pattern USE = Pattern.compile("(?i)\\b(FROM|JOIN|INTO|UPDATE)\\s+" + QUALIFIED);
    private static final Pattern COMMON_TABLE = Pattern.compile("(?i)(?:\\bWITH(?:\\s+RECURSIVE)?|,)\\s*"
            + IDENTIFIER + "\\s+AS\\s*(?:NOT\\s+)?(?:MATERIALIZED\\s+)?\\(");
    /** The shape of a statement, not just its first word: "Select a plan" alone is a label, not a query. */
    private static final Pattern QUERY_START = Pattern.compile("(?is)^\\s*\\(?\\s*(?:(SELECT)\\b.*?\\bFROM\\b"
            + "|(INSERT)\\s+(?:OR\\s+\\w+\\s+)?INTO\\b|(UPDATE)\\b.*?\\bSET\\b|(DELETE)\\s+FROM\\b"
            + "|(WITH)\\b.*?\\bAS\\s*\\(|(MERGE)\\s+INTO\\b|(REPLACE)\\s+INTO\\b"
            + "|(CREATE)\\s+(?:\\w+\\s+){0,3}?(?:TABLE|VIEW)\\b)");
    /** The first word of every {@link #QUERY_START}, written all upper or all lower case as there. */
    private static final Set<String> STATEMENT_WORDS = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "WITH",
            "MERGE", "REPLACE", "CREATE");
    private static final int LONGEST_STATEMENT_WORD = 7;
    private static final Pattern SUBQUERY_START = Pattern.compile("(?is)\\s*(SELECT|WITH)\\b");
    /** Words that follow FROM, INTO or UPDATE without naming a table ({@code DO UPDATE SET}, {@code FROM LATERAL}). */
    private static final Set<String> NOT_TABLES = Set.of("set", "lateral", "only", "select", "values", "dual",
            "unnest", "json_table", "outfile", "dumpfile", "the", "a", "an", "your", "my", "this", "that");

    private SqlTables() {
    }

    /**
     * Whether a string literal holds SQL rather than prose that happens to say "from". SQL keywords are written
     * all upper or all lower case; a sentence-case "Update your profile" is a message.
     */
    static boolean isQuery(String text) {
        Matcher start = QUERY_START.matcher(text);
        if (!start.lookingAt()) {
            return false;
        }
        for (int group = 1; group <= start.groupCount(); group++) {
            String keyword = start.group(group);
            if (keyword != null) {
                return keyword.equals(keyword.toUpperCase(Locale.ROOT))
                        || keyword.equals(keyword.toLowerCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** Whether text begins as a SQL statement does; a query split over literals begins in one of them. */
    static boolean mayStartQuery(CharSequence text) {
        return mayStartQueryIn(text, 0, text.length());
    }

    /**
     * Whether the text from {@code from} to {@code to} begins as a SQL statement does: blanks, an optional
     * parenthesis, then a statement word standing alone. Read by hand, since it is tried on every string literal
     * of every file (and, without a lexer, after every quote of a Java file).
     */
    static boolean mayStartQueryIn(CharSequence text, int from, int to) {
        int at = skipSpace(text, from, to);
        if (at < to && text.charAt(at) == '(') {
            at = skipSpace(text, at + 1, to);
        }
        int end = at;
        while (end < to && end - at <= LONGEST_STATEMENT_WORD && isAsciiLetter(text.charAt(end))) {
            end++;
        }
        if (end == at || end - at > LONGEST_STATEMENT_WORD
                || (end < to && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '_'))) {
            return false;
        }
        // compared in place: this runs after every quote of every Java file, and most words are no statement
        for (String statement : STATEMENT_WORDS) {
            if (statement.length() == end - at && isStatement(text, at, statement)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the letters at {@code at} spell the upper-case word, all in upper case or all in lower case. */
    private static boolean isStatement(CharSequence text, int at, String upperCaseWord) {
        boolean upper = Character.isUpperCase(text.charAt(at));
        for (int i = 0; i < upperCaseWord.length(); i++) {
            char c = text.charAt(at + i);
            char expected = upperCaseWord.charAt(i);
            if (c != (upper ? expected : Character.toLowerCase(expected))) {
                return false;
            }
        }
        return true;
    }

    /** Past blanks: a space, a tab, a line break, a form feed or a vertical tab. */
    private static int skipSpace(CharSequence text, int at, int to) {
        while (at < to && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Records every table a DDL script creates; {@code firstLine} is the script's first line in its file. */
    static void readDefinitions(String sql, int firstLine, FileFacts facts) {
        String code = withoutComments(sql);
        LineIndex lines = LineIndex.of(code);
        Matcher create = CREATE.matcher(code);
        while (create.find()) {
            add(create, 1, firstLine + lines.lineAt(create.start()) - 1, facts, true);
        }
    }

    /** Records the tables a SQL string in code creates and the tables it uses. */
    static void readStatement(String sql, int firstLine, FileFacts facts) {
        readDefinitions(sql, firstLine, facts);
        readReferences(sql, firstLine, facts);
    }

    /** Records every table a query names; {@code firstLine} is the query's first line in its file. */
    static void readReferences(String sql, int firstLine, FileFacts facts) {
        String code = withoutComments(sql);
        Set<String> commonTables = new HashSet<>();
        Matcher common = COMMON_TABLE.matcher(code);
        while (common.find()) {
            commonTables.add(unquote(common.group(1)));
        }
        LineIndex lines = LineIndex.of(code);
        Matcher use = USE.matcher(code);
        // one forward pass keeps the open parentheses before each match, so long queries stay linear
        Deque<Integer> open = new ArrayDeque<>();
        int scanned = 0;
        while (use.find()) {
            for (; scanned < use.start(); scanned++) {
                char c = code.charAt(scanned);
                if (c == '(') {
                    open.push(scanned);
                } else if (c == ')' && !open.isEmpty()) {
                    open.pop();
                }
            }
            boolean qualified = use.group(3) != null;
            String name = unquote(qualified ? use.group(3) : use.group(2));
            boolean call = !use.group(1).equalsIgnoreCase("INTO") && opensCall(code, use.end());
            if (call || NOT_TABLES.contains(name) || (!qualified && commonTables.contains(name))
                    || (use.group(1).equalsIgnoreCase("FROM") && insideExpression(code, open.peek(), use.start()))) {
                continue;
            }
            add(use, 2, firstLine + lines.lineAt(use.start()) - 1, facts, false);
        }
    }

    private static void add(Matcher match, int firstGroup, int line, FileFacts facts, boolean definition) {
        boolean qualified = match.group(firstGroup + 1) != null;
        String schema = qualified ? unquote(match.group(firstGroup)) : "";
        String name = unquote(qualified ? match.group(firstGroup + 1) : match.group(firstGroup));
        if (definition) {
            facts.addTableDefinition(schema, name, line);
        } else {
            facts.addTableReference(schema, name, line);
        }
    }

    /** {@code FROM generate_series(…)}: a function, not a table. */
    private static boolean opensCall(String code, int afterName) {
        int i = afterName;
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        return i < code.length() && code.charAt(i) == '(';
    }

    /**
     * {@code EXTRACT(YEAR FROM x)}, {@code TRIM(BOTH FROM x)}: a FROM inside parentheses names a table only when
     * the parentheses hold a subquery.
     *
     * @param openParen offset of the innermost parenthesis still open before the FROM, null at the top level
     */
    private static boolean insideExpression(String code, Integer openParen, int from) {
        return openParen != null && !SUBQUERY_START.matcher(code).region(openParen + 1, from).lookingAt();
    }

    /** Blanks {@code --} and {@code /* *}{@code /} comments, keeping line breaks, and leaves quoted text alone. */
    static String withoutComments(String sql) {
        StringBuilder out = new StringBuilder(sql);
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int close = sql.indexOf('\'', i + 1);
                i = close < 0 ? sql.length() : close + 1;
            } else if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = blank(out, i, end < 0 ? sql.length() : end);
            } else if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = blank(out, i, end < 0 ? sql.length() : end + 2);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (out.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return to;
    }

    private static String unquote(String identifier) {
        char first = identifier.charAt(0);
        String bare = first == '"' || first == '`' || first == '['
                ? identifier.substring(1, identifier.length() - 1) : identifier;
        return bare.toLowerCase(Locale.ROOT);
    }
}
