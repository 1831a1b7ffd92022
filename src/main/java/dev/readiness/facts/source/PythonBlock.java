package dev.readiness.facts.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines indented under a Python header such as {@code class Settings(BaseSettings):}, read from masked code
 * so that docstrings and comments are blank lines.
 *
 * @param end        offset where the block stops: the first line indented no deeper than the header
 * @param statements offsets of the first character of each statement at the block's own indentation
 */
record PythonBlock(int end, List<Integer> statements) {

    PythonBlock {
        statements = List.copyOf(statements);
    }

    static PythonBlock after(MaskedSource source, int headerEnd, int headerIndent) {
        String code = source.code();
        LineIndex lines = source.lines();
        List<Integer> statements = new ArrayList<>();
        int blockIndent = -1;
        for (int line = lines.lineAt(headerEnd) + 1; line <= lines.lineCount(); line++) {
            int start = lines.lineStart(line);
            int indent = indentation(code, start);
            if (isLineEnd(code, start + indent)) {
                continue;
            }
            if (indent <= headerIndent) {
                return new PythonBlock(start, statements);
            }
            blockIndent = blockIndent < 0 ? indent : blockIndent;
            if (indent == blockIndent) {
                statements.add(start + indent);
            }
        }
        return new PythonBlock(code.length(), statements);
    }

    /** Where the statement at {@code index} ends: where the next one starts, or the block's end. */
    int statementEnd(int index) {
        return index + 1 < statements.size() ? statements.get(index + 1) : end;
    }

    private static int indentation(String code, int lineStart) {
        int at = lineStart;
        while (at < code.length() && (code.charAt(at) == ' ' || code.charAt(at) == '\t')) {
            at++;
        }
        return at - lineStart;
    }

    private static boolean isLineEnd(String code, int at) {
        return at >= code.length() || code.charAt(at) == '\n' || code.charAt(at) == '\r';
    }
}
