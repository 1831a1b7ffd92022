package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code import a.b as c, d} and {@code from a.b import c}, at any indentation; relative imports are skipped. */
final class PythonImports implements ImportReader {
    private static final Pattern IMPORT = Pattern.compile("(?m)(?:^|;)[ \\t]*import[ \\t]+((?:[\\w. \\t,]|\\\\\\r?\\n)+)");
    private static final Pattern FROM = Pattern.compile("(?m)(?:^|;)[ \\t]*from[ \\t]+(\\.*)([\\w.]*)[ \\t]+import\\b");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*|\\\\\\r?\\n");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Matcher imports = IMPORT.matcher(source.code());
        while (imports.find()) {
            int line = source.lineAt(imports.start(1));
            for (String item : LIST_SEPARATOR.split(imports.group(1))) {
                String module = item.strip().split("[ \\t]+", 2)[0];
                if (MODULE.matcher(module).matches()) {
                    facts.addImport(module, line);
                }
            }
        }
        Matcher froms = FROM.matcher(source.code());
        while (froms.find()) {
            String module = froms.group(2);
            if (froms.group(1).isEmpty() && MODULE.matcher(module).matches()) {
                facts.addImport(module, source.lineAt(froms.start(2)));
            }
        }
    }
}
