package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * setuptools' {@code setup.cfg}: {@code install_requires} and {@code tests_require} under {@code [options]},
 * and each extra under {@code [options.extras_require]}.
 */
final class SetupCfgParser implements ManifestParser {
    private static final Pattern SECTION = Pattern.compile("\\[\\s*([^\\]]+?)\\s*]\\s*");
    private static final Pattern OPTION = Pattern.compile("([^\\s=:][^=:]*?)\\s*[=:]\\s*(.*)");

    /** One line of an option's value. */
    private record ValueLine(String text, int line) {
    }

    /** An option of a requirements-bearing section, with its first line and its indented continuation lines. */
    private record Option(String section, String key, List<ValueLine> values) {
    }

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        for (Option option : requirementOptions(file.text())) {
            boolean dev = option.section().equals("options.extras_require")
                    ? PythonDependencyGroups.isDev(option.key())
                    : option.key().equals("tests_require");
            for (ValueLine value : requirementsOf(option)) {
                PythonRequirement.addIfRequirement(value.text(), value.line(), dev, facts);
            }
        }
    }

    private static List<Option> requirementOptions(String text) {
        List<Option> options = new ArrayList<>();
        List<String> lines = text.lines().toList();
        String section = "";
        Option current = null;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                continue;
            }
            boolean continuation = Character.isWhitespace(line.charAt(0));
            Matcher sectionHeader = SECTION.matcher(line);
            Matcher option = OPTION.matcher(line);
            if (continuation) {
                if (current != null) {
                    current.values().add(new ValueLine(stripped, index + 1));
                }
            } else if (sectionHeader.matches()) {
                section = sectionHeader.group(1);
                current = null;
            } else if (option.matches() && carriesRequirements(section, option.group(1))) {
                current = new Option(section, option.group(1), new ArrayList<>());
                current.values().add(new ValueLine(option.group(2).strip(), index + 1));
                options.add(current);
            } else {
                current = null;
            }
        }
        return options;
    }

    private static boolean carriesRequirements(String section, String key) {
        return section.equals("options.extras_require")
                || section.equals("options") && (key.equals("install_requires") || key.equals("tests_require"));
    }

    /**
     * setuptools reads these values as "list-semi": a value spread over lines has one requirement a line
     * (markers keep their {@code ;}), a one-line value is split at {@code ;}.
     */
    private static List<ValueLine> requirementsOf(Option option) {
        List<ValueLine> values = option.values();
        if (values.size() > 1) {
            return values.stream().filter(value -> !value.text().isEmpty()).toList();
        }
        ValueLine only = values.get(0);
        return Pattern.compile(";").splitAsStream(only.text())
                .map(String::strip)
                .filter(text -> !text.isEmpty())
                .map(text -> new ValueLine(text, only.line()))
                .toList();
    }
}
