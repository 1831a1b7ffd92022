package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The tables that SQL written as string literals creates or queries. Literals separated only by whitespace or
 * {@code +} are read as one query, so a query split over several lines is read whole.
 */
final class QueryStrings {
    /** Longer than an opening parenthesis and the longest statement word with the character after it. */
    private static final int HEAD_LENGTH = 10;

    private QueryStrings() {
    }

    static void read(MaskedSource source, FileFacts facts) {
        read(source, facts, start -> true);
    }

    /** @param wanted whether the run of literals starting at this offset is to be read */
    static void read(MaskedSource source, FileFacts facts, IntPredicate wanted) {
        List<StringLiteral> run = new ArrayList<>();
        for (StringLiteral literal : source.literals()) {
            if (!run.isEmpty() && !joined(source.code(), run.get(run.size() - 1).end(), literal.start())) {
                readRun(source, run, wanted, facts);
                run.clear();
            }
            run.add(literal);
        }
        readRun(source, run, wanted, facts);
    }

    private static boolean joined(String code, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = code.charAt(i);
            if (!Character.isWhitespace(c) && c != '+' && c != '\\') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the run's text starts a statement, looked at without joining the whole run: most literals are no
     * SQL, and most runs are one literal, looked at where it stands.
     */
    private static boolean mayStartStatement(List<StringLiteral> run) {
        if (run.size() == 1) {
            StringLiteral literal = run.get(0);
            return SqlTables.mayStartQueryIn(literal.text(), literal.valueStart(), literal.valueEnd());
        }
        StringBuilder head = new StringBuilder();
        for (StringLiteral literal : run) {
            head.append(' ').append(literal.value());
            if (head.toString().strip().length() > HEAD_LENGTH) {
                break;
            }
        }
        return SqlTables.mayStartQuery(head);
    }

    /** Each literal keeps its own line breaks; the join between two literals adds one, so lines stay exact. */
    private static void readRun(MaskedSource source, List<StringLiteral> run, IntPredicate wanted, FileFacts facts) {
        if (!run.isEmpty() && mayStartStatement(run)) {
            readQuery(source, run, wanted, facts);
        }
    }

    /** Joins a run that may be SQL into one query, line breaks kept, and reads its tables. */
    private static void readQuery(MaskedSource source, List<StringLiteral> run, IntPredicate wanted, FileFacts facts) {
        StringBuilder query = new StringBuilder();
        int line = source.lineAt(run.get(0).start());
        for (StringLiteral literal : run) {
            int literalLine = source.lineAt(literal.start());
            query.append("\n".repeat(Math.max(0, literalLine - line))).append(' ').append(literal.value());
            line = literalLine + lineBreaks(literal.value());
        }
        String text = query.toString();
        if (SqlTables.isQuery(text) && wanted.test(run.get(0).start())) {
            SqlTables.readStatement(text, source.lineAt(run.get(0).start()), facts);
        }
    }

    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        return count;
    }
}
