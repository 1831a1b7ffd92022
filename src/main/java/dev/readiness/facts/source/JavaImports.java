package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import a.b.C;} records {@code a.b.C}, {@code import a.b.*;} the package {@code a.b}, and a static import
 * the type it imports from. Read from the masked code, so an import in a comment or text block does not count;
 * Java allows blanks around the dots, which are dropped.
 */
final class JavaImports implements ImportReader {
    /** Tried only where a line starts with {@code import}: a multi-line regex tried at every offset costs more. */
    private static final Pattern IMPORT = Pattern.compile(
            "[ \\t]*import\\s+(static\\s+)?([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}\\s.]*?)"
                    + "(\\s*\\.\\s*\\*)?\\s*;");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        String code = source.code();
        Matcher statement = IMPORT.matcher(code);
        for (int at = code.indexOf("import"); at >= 0; at = code.indexOf("import", at + 1)) {
            int lineStart = code.lastIndexOf('\n', at - 1) + 1;
            if (!code.substring(lineStart, at).isBlank()
                    || !statement.region(lineStart, code.length()).lookingAt()) {
                continue;
            }
            String name = BLANKS.matcher(statement.group(2)).replaceAll("");
            boolean isStatic = statement.group(1) != null;
            boolean asterisk = statement.group(3) != null;
            if (isStatic && !asterisk && name.lastIndexOf('.') > 0) {
                name = name.substring(0, name.lastIndexOf('.'));
            }
            facts.addImport(name, source.lineAt(lineStart));
        }
    }
}
