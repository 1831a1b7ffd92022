package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code import a.b as c, d} and {@code from a.b import c}, at any indentation. A relative import
 * ({@code from .security import verify}) is kept with its dots: it names the project's own files. A from-import also
 * keeps the names it takes, since {@code from app import security} imports the module {@code app.security}. An
 * absolute {@code from a.b import c} also records {@code a.b.c} as an import of its own: {@code c} may be a
 * submodule ({@code from google.cloud import storage}) or a name defined in {@code a.b}, which only the installed
 * package could tell, so a rule naming either finds the line.
 */
final class PythonImports implements ImportReader {
    private static final Pattern IMPORT = Pattern.compile("(?m)(?:^|;)[ \\t]*import[ \\t]+((?:[\\w. \\t,]|\\\\\\r?\\n)+)");
    private static final Pattern FROM = Pattern.compile("(?m)(?:^|;)[ \\t]*from[ \\t]+(\\.*)([\\w.]*)[ \\t]+import\\b");
    private static final Pattern MODULE = Pattern.compile("[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[ \\t]*,[ \\t]*|\\\\\\r?\\n");
    /** What a from-import takes: a parenthesised list (over several lines), or the rest of the line. */
    private static final Pattern NAMES = Pattern.compile("[ \\t]*(?:\\(([^)]*)\\)|((?:[^\\n\\\\;]|\\\\\\r?\\n)*))");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_]\\w*");

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
            String dots = froms.group(1);
            String module = froms.group(2);
            if (module.isEmpty() ? !dots.isEmpty() : MODULE.matcher(module).matches()) {
                List<String> names = names(source.code(), froms.end());
                int line = source.lineAt(dots.isEmpty() ? froms.start(2) : froms.start(1));
                facts.addImport(dots + module, names, line);
                if (dots.isEmpty()) {
                    names.forEach(name -> facts.addImport(module + "." + name, line));
                }
            }
        }
    }

    /** The names after {@code import}, without aliases; {@code *} takes no name in particular. */
    private static List<String> names(String code, int from) {
        Matcher list = NAMES.matcher(code).region(from, code.length());
        if (!list.lookingAt()) {
            return List.of();
        }
        String text = list.group(1) != null ? list.group(1) : list.group(2);
        List<String> names = new ArrayList<>();
        for (String item : text.split("[,\\\\]")) {
            String name = item.strip().split("\\s+", 2)[0];
            if (NAME.matcher(name).matches()) {
                names.add(name);
            }
        }
        return names;
    }
}
