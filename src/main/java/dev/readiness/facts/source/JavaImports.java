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
    private static final Pattern IMPORT = Pattern.compile(
            "(?m)^[ \\t]*import\\s+(static\\s+)?([\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}\\s.]*?)"
                    + "(\\s*\\.\\s*\\*)?\\s*;");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Matcher statement = IMPORT.matcher(source.code());
        while (statement.find()) {
            String name = BLANKS.matcher(statement.group(2)).replaceAll("");
            boolean isStatic = statement.group(1) != null;
            boolean asterisk = statement.group(3) != null;
            if (isStatic && !asterisk && name.lastIndexOf('.') > 0) {
                name = name.substring(0, name.lastIndexOf('.'));
            }
            facts.addImport(name, source.lineAt(statement.start()));
        }
    }
}
