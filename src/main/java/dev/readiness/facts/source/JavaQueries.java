package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SQL in Java string literals, read from the masked source as in every other language ({@link QueryStrings}), so
 * a file does not need a syntax tree for it. JPQL is left out, since it names entities rather than tables: a
 * literal given to {@code createQuery} or {@code createNamedQuery}, or written in {@code @Query} or
 * {@code @NamedQuery} without {@code nativeQuery = true}.
 */
final class JavaQueries {
    private static final Set<String> JPQL_CALLS = Set.of("createQuery", "createNamedQuery");
    private static final Set<String> JPQL_ANNOTATIONS = Set.of("Query", "NamedQuery");
    /** Words that open a parenthesis without calling anything: the call that matters is further out. */
    private static final Set<String> NOT_CALLS = Set.of("if", "while", "for", "switch", "synchronized", "return",
            "catch", "try", "yield", "throw", "case", "assert");
    private static final Pattern NATIVE = Pattern.compile("\\bnativeQuery\\s*=\\s*true\\b");

    private JavaQueries() {
    }

    /**
     * Whether the raw text may hold a SQL string: a quote followed by the start of a statement. Every literal
     * {@link #read} takes for SQL passes, its head being its own text or, in a run, one literal's (a text block's
     * third quote is a quote too); most Java files fail and need no masking for queries.
     */
    static boolean mayRead(String text) {
        for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
            if (SqlTables.mayStartQueryIn(text, quote + 1, text.length())) {
                return true;
            }
        }
        return false;
    }

    static void read(MaskedSource source, FileFacts facts) {
        QueryStrings.read(source, facts, start -> !isJpql(source.code(), start));
    }

    /** Whether the literal opened at {@code quote} is an argument of a JPQL call or annotation. */
    static boolean isJpql(String code, int quote) {
        int depth = 0;
        for (int at = quote - 1; at >= 0; at--) {
            char c = code.charAt(at);
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth > 0) {
                depth--;
            } else if (c == '(') {
                int nameEnd = Blanks.skipBack(code, at - 1);
                int nameStart = nameEnd;
                while (nameStart >= 0 && Character.isJavaIdentifierPart(code.charAt(nameStart))) {
                    nameStart--;
                }
                String name = code.substring(nameStart + 1, nameEnd + 1);
                if (name.isEmpty() || NOT_CALLS.contains(name)) {
                    continue;
                }
                if (isAnnotationName(code, nameStart)) {
                    return JPQL_ANNOTATIONS.contains(name)
                            && !NATIVE.matcher(code.substring(at, JavaMarkers.closing(code, at))).find();
                }
                return JPQL_CALLS.contains(name);
            } else if (depth == 0 && (c == ';' || c == '{' || c == '}')) {
                return false;
            }
        }
        return false;
    }

    /** Whether the name ending before {@code at + 1} is an annotation's: {@code @Query}, {@code @jakarta.persistence.NamedQuery}. */
    private static boolean isAnnotationName(String code, int at) {
        int before = Blanks.skipBack(code, at);
        while (before >= 0 && code.charAt(before) == '.') {
            before = Blanks.skipBack(code, before - 1);
            while (before >= 0 && Character.isJavaIdentifierPart(code.charAt(before))) {
                before--;
            }
            before = Blanks.skipBack(code, before);
        }
        return before >= 0 && code.charAt(before) == '@';
    }
}
