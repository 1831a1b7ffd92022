package dev.readiness.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import dev.readiness.scan.PathGlob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the YAML of one condition into a {@link Condition}, collecting the patterns and heading regexes in it. */
final class ConditionParser {
    private static final Set<String> PATTERN_KEYS = Set.of("regex", "files", "exclude", "roles", "languages", "about",
            "multiline");
    private static final Set<String> HEADING_KEYS = Set.of("regex", "files", "about");
    private static final Set<String> STACK_PREDICATES = Set.of("kind", "framework", "language", "platform");

    private final String file;
    private final Map<String, Check> checks;
    private final boolean stackPredicatesAllowed;
    private final TextConditions texts;

    /**
     * @param texts receives every pattern and heading regex compiled, so the scan can run them all in one pass
     */
    ConditionParser(String file, Map<String, Check> checks, boolean stackPredicatesAllowed, TextConditions texts) {
        this.file = file;
        this.checks = checks;
        this.stackPredicatesAllowed = stackPredicatesAllowed;
        this.texts = texts;
    }

    Condition parse(YamlNode node) throws YamlFileException {
        if (!(node instanceof YamlNode.Mapping mapping) || mapping.entries().size() != 1) {
            throw YamlFields.error(file, node, "a condition must be a mapping with exactly one key "
                    + "(a predicate, or all/any/not to combine several)");
        }
        YamlNode.Entry entry = mapping.entries().values().iterator().next();
        YamlFields fields = YamlFields.of(file, node, "a condition", Set.of(entry.key()));
        YamlNode value = entry.value();
        String key = entry.key();
        if (STACK_PREDICATES.contains(key) && !stackPredicatesAllowed) {
            throw new YamlFileException(file, entry.line(), entry.column(),
                    "'" + key + "' cannot be used here: the stack is still being detected");
        }
        return switch (key) {
            case "all" -> new Condition.All(parts(value, key));
            case "any" -> new Condition.Any(parts(value, key));
            case "not" -> new Condition.Not(parse(value));
            case "dependency" -> dependency(fields, value);
            case "import" -> new Condition.Imports(names(fields, value, key));
            case "file" -> files(fields, value);
            case "pattern" -> pattern(fields, value);
            case "heading" -> heading(fields, value);
            case "coverage-below" -> coverageBelow(fields, value);
            case "env-referenced" -> new Condition.EnvReferenced(names(fields, value, key));
            case "env-declared" -> new Condition.EnvDeclared(names(fields, value, key));
            case "role" -> new Condition.RolePresent(roles(fields, value, key));
            case "check" -> check(fields, value);
            case "kind" -> stack(Condition.StackAspect.KIND, fields, value, key);
            case "framework" -> stack(Condition.StackAspect.FRAMEWORK, fields, value, key);
            case "language" -> stack(Condition.StackAspect.LANGUAGE, fields, value, key);
            case "platform" -> new Condition.OnPlatform(names(fields, value, key));
            default -> throw new YamlFileException(file, entry.line(), entry.column(), "unknown predicate '" + key
                    + "' (expected one of: all, any, not, dependency, import, file, pattern, heading, coverage-below,"
                    + " env-referenced, env-declared, role, check, kind, framework, language, platform)");
        };
    }

    private List<Condition> parts(YamlNode value, String key) throws YamlFileException {
        if (!(value instanceof YamlNode.Sequence sequence) || sequence.items().isEmpty()) {
            throw YamlFields.error(file, value, "'" + key + "' takes a non-empty list of conditions");
        }
        List<Condition> parts = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            parts.add(parse(item));
        }
        return parts;
    }

    private Condition dependency(YamlFields fields, YamlNode value) throws YamlFileException {
        if (value instanceof YamlNode.Mapping) {
            YamlFields longForm = YamlFields.of(file, value, "'dependency'", Set.of("names", "scope"));
            String scope = longForm.optionalString("scope").orElse("any");
            DependencyScope parsed = switch (scope) {
                case "any" -> DependencyScope.ANY;
                case "main" -> DependencyScope.MAIN;
                case "dev" -> DependencyScope.DEV;
                default -> throw longForm.error(longForm.node("scope").orElseThrow(),
                        "'scope' must be main, dev or any, not '" + scope + "'");
            };
            YamlNode names = longForm.node("names")
                    .orElseThrow(() -> longForm.error(value, "missing required key 'names'"));
            return new Condition.DependencyOn(names(longForm, names, "names"), parsed);
        }
        return new Condition.DependencyOn(names(fields, value, "dependency"), DependencyScope.ANY);
    }

    private List<NamePattern> names(YamlFields fields, YamlNode value, String key) throws YamlFileException {
        List<String> raw = fields.strings(value, key);
        if (raw.isEmpty() || raw.stream().anyMatch(String::isBlank)) {
            throw fields.error(value, "'" + key + "' needs at least one non-empty name");
        }
        return raw.stream().map(NamePattern::parse).toList();
    }

    private Condition files(YamlFields fields, YamlNode value) throws YamlFileException {
        List<String> globs = fields.strings(value, "file");
        if (globs.isEmpty()) {
            throw fields.error(value, "'file' needs at least one glob");
        }
        return new Condition.FileExists(globs, globs(fields, value, globs));
    }

    private List<PathGlob> globs(YamlFields fields, YamlNode at, List<String> globs) throws YamlFileException {
        List<PathGlob> compiled = new ArrayList<>();
        for (String glob : globs) {
            try {
                compiled.add(PathGlob.compile(glob));
            } catch (IllegalArgumentException e) {
                throw fields.error(at, "invalid glob '" + glob + "': " + e.getMessage());
            }
        }
        return compiled;
    }

    private Condition pattern(YamlFields condition, YamlNode value) throws YamlFileException {
        String regexText;
        YamlNode regexNode;
        List<PathGlob> include = List.of();
        List<PathGlob> exclude = List.of();
        Set<FileRole> roles = defaultRoles();
        Set<Language> languages = Set.of();
        String about = null;
        boolean multiline = false;
        if (value instanceof YamlNode.Mapping) {
            YamlFields fields = YamlFields.of(file, value, "'pattern'", PATTERN_KEYS);
            multiline = fields.flag("multiline");
            regexNode = fields.node("regex").orElseThrow(() -> fields.error(value, "missing required key 'regex'"));
            regexText = fields.scalar(regexNode, "regex");
            include = globs(fields, value, fields.stringList("files"));
            exclude = globs(fields, value, fields.stringList("exclude"));
            if (fields.has("roles")) {
                roles = roles(fields, fields.node("roles").orElseThrow(), "roles");
            }
            if (fields.has("languages")) {
                languages = languages(fields, fields.node("languages").orElseThrow());
            }
            about = fields.optionalString("about").orElse(null);
        } else {
            regexNode = value;
            regexText = condition.scalar(value, "pattern");
        }
        Pattern regex;
        try {
            regex = Pattern.compile(regexText);
        } catch (PatternSyntaxException e) {
            throw YamlFields.error(file, regexNode, "invalid regex: " + e.getMessage());
        }
        if (!multiline && LineBreaks.named(regexText)) {
            throw YamlFields.error(file, regexNode, "the regex names a line break, but patterns are matched one "
                    + "line at a time: add 'multiline: true' to the pattern");
        }
        String id = file + ":" + regexNode.line() + ":" + regexNode.column();
        String description = about != null ? about : "text matching /" + regexText + "/";
        PatternSpec spec = new PatternSpec(id, regex, include, exclude, roles, languages, description,
                multiline);
        texts.addPattern(spec);
        return new Condition.PatternFound(spec);
    }

    private Condition heading(YamlFields condition, YamlNode value) throws YamlFileException {
        YamlNode regexNode = value;
        List<PathGlob> files = List.of();
        String about = null;
        if (value instanceof YamlNode.Mapping) {
            YamlFields fields = YamlFields.of(file, value, "'heading'", HEADING_KEYS);
            regexNode = fields.node("regex").orElseThrow(() -> fields.error(value, "missing required key 'regex'"));
            files = globs(fields, value, fields.stringList("files"));
            about = fields.optionalString("about").orElse(null);
        }
        String regexText = condition.scalar(regexNode, "regex");
        try {
            Pattern regex = Pattern.compile(regexText);
            texts.addHeading(regex);
            return new Condition.HeadingMatches(regex, files,
                    about != null ? about : "Markdown headings matching /" + regexText + "/");
        } catch (PatternSyntaxException e) {
            throw YamlFields.error(file, regexNode, "invalid regex: " + e.getMessage());
        }
    }

    private Condition coverageBelow(YamlFields fields, YamlNode value) throws YamlFileException {
        String text = fields.scalar(value, "coverage-below");
        double percent = percentage(text);
        if (!(percent > 0 && percent <= 100)) {
            throw fields.error(value, "'coverage-below' takes a percentage above 0 and at most 100, not '" + text + "'");
        }
        return new Condition.CoverageBelow(percent);
    }

    /** NaN for text that is no number, so that the range check rejects it. */
    private static double percentage(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Set<FileRole> defaultRoles() {
        Set<FileRole> roles = EnumSet.allOf(FileRole.class);
        roles.removeAll(Condition.NOT_PRODUCT_CODE);
        return Set.copyOf(roles);
    }

    private Set<FileRole> roles(YamlFields fields, YamlNode value, String key) throws YamlFileException {
        Set<FileRole> roles = new LinkedHashSet<>();
        for (String id : fields.strings(value, key)) {
            roles.add(Arrays.stream(FileRole.values()).filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> fields.error(value, "unknown role '" + id + "' (expected one of: "
                            + Arrays.stream(FileRole.values()).map(FileRole::id).collect(Collectors.joining(", "))
                            + ")")));
        }
        return Set.copyOf(roles);
    }

    private Set<Language> languages(YamlFields fields, YamlNode value) throws YamlFileException {
        Set<Language> languages = new LinkedHashSet<>();
        for (String id : fields.strings(value, "languages")) {
            languages.add(Arrays.stream(Language.values()).filter(l -> l.id().equals(id)).findFirst()
                    .orElseThrow(() -> fields.error(value, "unknown language '" + id + "'")));
        }
        return Set.copyOf(languages);
    }

    private Condition check(YamlFields fields, YamlNode value) throws YamlFileException {
        String name = fields.scalar(value, "check");
        Check check = checks.get(name);
        if (check == null) {
            throw fields.error(value, "unknown check '" + name + "' (known: "
                    + checks.keySet().stream().sorted().collect(Collectors.joining(", ")) + ")");
        }
        return new Condition.CheckHolds(name, check);
    }

    private Condition stack(Condition.StackAspect aspect, YamlFields fields, YamlNode value, String key)
            throws YamlFileException {
        Set<String> values = fields.strings(value, key).stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        return new Condition.StackIs(aspect, values);
    }
}
