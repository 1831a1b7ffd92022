package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import a.b as c, d} and {@code from a.b import c}, at any indentation; relative imports are skipped.
 * {@code from a.b import c} records {@code a.b} and also {@code a.b.c}: {@code c} may be a submodule
 * ({@code from google.cloud import storage}) or a name defined in {@code a.b}, which only the installed package
 * could tell, so both are recorded and a rule naming either finds the line.
 */
final class PythonImports implements ImportReader {
    private static final Pattern IMPORT = Pattern.compile("(?m)(?:^|;)[ \\t]*import[ \\t]+((?:[\\w. \\t,]|\\\\\\r?\\n)+)");
    /** The names after {@code import}: a parenthesised list (which may span lines) or the rest of the statement. */
    private static final Pattern FROM = Pattern.compile(
            "(?m)(?:^|;)[ \\t]*from[ \\t]+(\\.*)([\\w.]*)[ \\t]+import\\b[ \\t]*(\\([^)]*\\)|(?:[^\\n;\\\\]|\\\\\\r?\\n)*)");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*|\\\\\\r?\\n");
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[(),]|\\\\\\r?\\n");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Matcher imports = IMPORT.matcher(source.code());
        while (imports.find()) {
            int line = source.lineAt(imports.start(1));
            for (String item : LIST_SEPARATOR.split(imports.group(1))) {
                String module = firstWord(item);
                if (MODULE.matcher(module).matches()) {
                    facts.addImport(module, line);
                }
            }
        }
        Matcher froms = FROM.matcher(source.code());
        while (froms.find()) {
            String module = froms.group(2);
            if (froms.group(1).isEmpty() && MODULE.matcher(module).matches()) {
                int line = source.lineAt(froms.start(2));
                facts.addImport(module, line);
                for (String item : NAME_SEPARATOR.split(froms.group(3))) {
                    String name = firstWord(item);
                    if (NAME.matcher(name).matches()) {
                        facts.addImport(module + "." + name, line);
                    }
                }
            }
        }
    }

    /** {@code c} of {@code c as d}; empty for a blank item. */
    private static String firstWord(String item) {
        return item.strip().split("\\s+", 2)[0];
    }
}
