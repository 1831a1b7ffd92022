package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code build.gradle} and {@code build.gradle.kts}. Both are programs (Groovy, Kotlin) and Java has no
 * parser for either, so this scans each line for the declaration forms Gradle documents:
 * {@code implementation 'g:a:v'}, {@code implementation("g:a:v")}, {@code platform(…)} and the
 * {@code group:, name:, version:} form. Coordinates built at run time ({@code libs.*}, variables) are not seen.
 */
final class GradleBuildParser implements ManifestParser {
    /** At the start of a line or of a block or statement, so {@code dependencies { api 'g:a:v' }} counts too. */
    private static final Pattern DECLARATION = Pattern.compile("(?:^|[{;])\\s*(implementation|api|compileOnly"
            + "|runtimeOnly|annotationProcessor|kapt|ksp|developmentOnly|testImplementation|testRuntimeOnly"
            + "|testCompileOnly|testAnnotationProcessor)(?=[\\s(\"'])(.*)$");
    private static final Pattern QUOTED = Pattern.compile("([\"'])(.*?)\\1");
    private static final Pattern NAMED_ARGUMENT = Pattern.compile("\\b(group|name|version)\\s*[:=]\\s*([\"'])(.*?)\\2");
    /** {@code group:artifact[:version[:classifier]][@extension]}. */
    private static final Pattern COORDINATES =
            Pattern.compile("([\\w.\\-${}]+):([\\w.\\-${}]+)(?::([^:@\\s]+))?(?::[^:@\\s]*)?(?:@\\w+)?");

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        List<String> lines = withoutComments(file.text()).lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            Matcher declaration = DECLARATION.matcher(lines.get(index));
            if (declaration.find()) {
                String configuration = declaration.group(1);
                boolean dev = configuration.startsWith("test") || configuration.equals("developmentOnly");
                addDeclared(declaration.group(2), index + 1, dev, facts);
            }
        }
    }

    private static void addDeclared(String arguments, int line, boolean dev, FileFacts facts) {
        String group = "";
        String name = "";
        String version = "";
        Matcher named = NAMED_ARGUMENT.matcher(arguments);
        while (named.find()) {
            switch (named.group(1)) {
                case "group" -> group = named.group(3);
                case "name" -> name = named.group(3);
                default -> version = named.group(3);
            }
        }
        if (!group.isEmpty() && !name.isEmpty()) {
            facts.addDependency("maven", group + ":" + name, version, line, dev);
            return;
        }
        Matcher quoted = QUOTED.matcher(arguments);
        while (quoted.find()) {
            Matcher coordinates = COORDINATES.matcher(quoted.group(2));
            if (coordinates.matches()) {
                String declaredVersion = coordinates.group(3) == null ? "" : coordinates.group(3);
                facts.addDependency("maven", coordinates.group(1) + ":" + coordinates.group(2), declaredVersion,
                        line, dev);
            }
        }
    }

    /**
     * The text with {@code //} and {@code /* *\/} comments blanked out, lines kept in place. Strings are
     * stepped over so that a repository URL's {@code //} is not taken for a comment.
     */
    private static String withoutComments(String text) {
        StringBuilder code = new StringBuilder(text.length());
        char quote = 0;
        boolean inBlockComment = false;
        boolean inLineComment = false;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            char next = index + 1 < text.length() ? text.charAt(index + 1) : 0;
            if (c == '\n') {
                inLineComment = false;
                quote = 0;
                code.append(c);
            } else if (inLineComment) {
                code.append(' ');
            } else if (inBlockComment) {
                if (c == '*' && next == '/') {
                    inBlockComment = false;
                    code.append(' ');
                    index++;
                }
                code.append(' ');
            } else if (quote != 0) {
                code.append(c);
                if (c == '\\' && next != '\n' && next != 0) {
                    code.append(next);
                    index++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '/' && (next == '/' || next == '*')) {
                inLineComment = next == '/';
                inBlockComment = next == '*';
                code.append("  ");
                index++;
            } else {
                quote = c == '"' || c == '\'' ? c : 0;
                code.append(c);
            }
        }
        return code.toString();
    }
}
