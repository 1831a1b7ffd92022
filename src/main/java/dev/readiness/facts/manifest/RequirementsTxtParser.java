package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** pip requirements files: one PEP 508 requirement per logical line, among pip's own options. */
final class RequirementsTxtParser implements ManifestParser {
    /** pip treats {@code #} as a comment only at the start of a line or after whitespace, so {@code #egg=} survives. */
    private static final Pattern COMMENT = Pattern.compile("(^|\\s)#.*");
    /** Per-requirement options such as {@code --hash=sha256:…} follow the requirement after whitespace. */
    private static final Pattern REQUIREMENT_OPTIONS = Pattern.compile("\\s--.*");
    private static final Pattern DIRECT_REFERENCE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\s*(\\[[^\\]]*])?\\s*@");
    private static final Pattern EDITABLE = Pattern.compile("(-e|--editable)(\\s+|=)(.*)");
    private static final Pattern EGG_NAME = Pattern.compile("#egg=([A-Za-z0-9._-]+)");
    private static final Pattern FILE_NAME_WORD_SEPARATORS = Pattern.compile("[-_.]");

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        boolean dev = isDevFile(file.entry().fileName());
        List<String> lines = file.text().lines().toList();
        int index = 0;
        while (index < lines.size()) {
            int firstLine = index + 1;
            StringBuilder logical = new StringBuilder();
            String physical = lines.get(index++);
            while (continues(physical) && index < lines.size()) {
                logical.append(physical, 0, physical.length() - 1);
                physical = lines.get(index++);
            }
            logical.append(continues(physical) ? physical.substring(0, physical.length() - 1) : physical);
            requirementOf(logical.toString()).ifPresent(requirement -> requirement.addTo(facts, firstLine, dev));
        }
    }

    private static boolean continues(String physicalLine) {
        return physicalLine.endsWith("\\") && !physicalLine.strip().startsWith("#");
    }

    private static Optional<PythonRequirement> requirementOf(String logicalLine) {
        String line = COMMENT.matcher(logicalLine).replaceFirst("").strip();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        Matcher editable = EDITABLE.matcher(line);
        if (editable.matches()) {
            return eggNameOf(editable.group(3));
        }
        if (line.startsWith("-")) {
            return Optional.empty();
        }
        String requirement = REQUIREMENT_OPTIONS.matcher(line).replaceFirst("");
        if (!DIRECT_REFERENCE.matcher(requirement).lookingAt() && isUrlOrPath(requirement)) {
            return eggNameOf(requirement);
        }
        return PythonRequirement.parse(requirement);
    }

    private static boolean isUrlOrPath(String requirement) {
        String target = requirement.split("\\s", 2)[0];
        return target.contains("/") || target.contains("\\") || target.startsWith(".")
                || target.endsWith(".whl") || target.endsWith(".zip") || target.endsWith(".tar.gz");
    }

    private static Optional<PythonRequirement> eggNameOf(String urlOrPath) {
        Matcher egg = EGG_NAME.matcher(urlOrPath);
        return egg.find()
                ? Optional.of(new PythonRequirement(PythonRequirement.normaliseName(egg.group(1)), ""))
                : Optional.empty();
    }

    /** {@code requirements-dev.txt}, {@code test-requirements.txt}, {@code requirements/docs.txt}. */
    private static boolean isDevFile(String fileName) {
        return Arrays.stream(FILE_NAME_WORD_SEPARATORS.split(fileName.toLowerCase(Locale.ROOT)))
                .anyMatch(PythonDependencyGroups::isDev);
    }
}
