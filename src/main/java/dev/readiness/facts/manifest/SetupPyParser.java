package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * setuptools' {@code setup.py}: the literal lists given to {@code install_requires} and {@code tests_require}
 * and the dict given to {@code extras_require}, written inline or bound to a name earlier in the file.
 */
final class SetupPyParser implements ManifestParser {
    private static final Pattern ARGUMENT =
            Pattern.compile("\\b(install_requires|tests_require|extras_require)\\s*=\\s*([\\[{]|[A-Za-z_]\\w*)");

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        String text = file.text();
        Set<Integer> literalsRead = new HashSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            Optional<Integer> literal = literalStart(text, argument);
            if (literal.isPresent() && literalsRead.add(literal.get())) {
                addRequirements(text, literal.get(), argument.group(1), facts);
            }
        }
    }

    /** Where the list or dict literal starts: right there, or at the assignment of the name passed instead. */
    private static Optional<Integer> literalStart(String text, Matcher argument) {
        String value = argument.group(2);
        if (value.equals("[") || value.equals("{")) {
            return Optional.of(argument.start(2));
        }
        Matcher assignment = Pattern.compile("^\\s*" + Pattern.quote(value) + "\\s*=\\s*([\\[{])", Pattern.MULTILINE)
                .matcher(text);
        return assignment.find() ? Optional.of(assignment.start(1)) : Optional.empty();
    }

    private static void addRequirements(String text, int literalStart, String keyword, FileFacts facts) {
        boolean extraIsDev = false;
        for (PythonLiteralScanner.StringLiteral string : PythonLiteralScanner.stringsIn(text, literalStart)) {
            if (string.isKey()) {
                extraIsDev = PythonDependencyGroups.isDev(string.value());
                continue;
            }
            boolean dev = switch (keyword) {
                case "tests_require" -> true;
                case "extras_require" -> extraIsDev;
                default -> false;
            };
            PythonRequirement.addIfRequirement(string.value(), string.line(), dev, facts);
        }
    }
}
