package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

/**
 * {@code import a.b.C;} records {@code a.b.C}, {@code import a.b.*;} the package {@code a.b}, and a static import
 * the type it imports from. Read from the masked code, so an import in a comment or text block does not count;
 * Java allows blanks around the dots, which are dropped. Read by hand from each line that starts with
 * {@code import}: a statement is a handful of names and dots, and a regex per statement cost more than the rest
 * of reading a Java file's imports.
 */
final class JavaImports implements ImportReader {
    private static final String IMPORT = "import";
    private static final String STATIC = "static";

    /**
     * Where the text {@link #read} needs ends: after the statement of the last {@code import} in the raw text that
     * stands between blanks, line starts or comments, as every import statement in the masked code does. The rest
     * of a file (most of it) need not be masked for imports.
     */
    static int headerEnd(String text) {
        int end = 0;
        for (int at = text.indexOf(IMPORT); at >= 0; at = text.indexOf(IMPORT, at + 1)) {
            char before = at == 0 ? '\n' : text.charAt(at - 1);
            int after = at + IMPORT.length();
            if ((Character.isWhitespace(before) || before == '/') && after < text.length()
                    && (Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '/')) {
                int semicolon = text.indexOf(';', at);
                end = semicolon < 0 ? text.length() : semicolon + 1;
            }
        }
        return end;
    }

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        String code = source.code();
        for (int at = code.indexOf(IMPORT); at >= 0; at = code.indexOf(IMPORT, at + 1)) {
            int lineStart = code.lastIndexOf('\n', at - 1) + 1;
            int nameStart = afterWord(code, at, IMPORT);
            if (nameStart < 0 || !code.substring(lineStart, at).isBlank()) {
                continue;
            }
            int afterStatic = afterWord(code, nameStart, STATIC);
            boolean isStatic = afterStatic >= 0;
            if (isStatic) {
                nameStart = afterStatic;
            }
            String name = name(code, nameStart);
            if (name == null) {
                continue;
            }
            boolean asterisk = name.endsWith(".*");
            if (asterisk) {
                name = name.substring(0, name.length() - 2);
            } else if (isStatic && name.lastIndexOf('.') > 0) {
                name = name.substring(0, name.lastIndexOf('.'));
            }
            facts.addImport(name, source.lineAt(lineStart));
        }
    }

    /** Where the blanks after {@code word} at {@code at} end, or -1 unless the word stands there followed by a blank. */
    private static int afterWord(String code, int at, String word) {
        int end = at + word.length();
        if (!code.startsWith(word, at) || end >= code.length() || !Character.isWhitespace(code.charAt(end))) {
            return -1;
        }
        return Blanks.skip(code, end);
    }

    /**
     * The dotted name from {@code start} to the semicolon, blanks dropped, ending in {@code .*} or not; null when
     * something else stands there.
     */
    private static String name(String code, int start) {
        int end = code.indexOf(';', start);
        if (end < 0 || start >= end || !Character.isJavaIdentifierStart(code.charAt(start))) {
            return null;
        }
        StringBuilder name = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = code.charAt(i);
            if (Character.isJavaIdentifierPart(c) || c == '.') {
                name.append(c);
            } else if (c == '*' && name.length() > 0 && name.charAt(name.length() - 1) == '.') {
                name.append(c);
                if (!code.substring(i + 1, end).isBlank()) {
                    return null;
                }
                break;
            } else if (!Character.isWhitespace(c)) {
                return null;
            }
        }
        return name.toString();
    }
}
