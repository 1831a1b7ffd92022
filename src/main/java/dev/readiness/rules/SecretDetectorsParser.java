package dev.readiness.rules;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.readiness.facts.secrets.PlaceholderDictionary;
import dev.readiness.facts.secrets.SecretContexts;
import dev.readiness.facts.secrets.SecretDetector;
import dev.readiness.facts.secrets.SecretDetectors;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.PathGlob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads {@code secrets.yml}: the secret detectors, the placeholder dictionary and the contexts. */
final class SecretDetectorsParser {
    private static final Set<String> TOP_KEYS = Set.of("placeholders", "contexts", "detectors");
    private static final Set<String> DETECTOR_KEYS = Set.of("id", "description", "regex", "keywords", "entropy",
            "allowlist", "test-mode", "remediation", "starts-at-identifier", "keywords-match-case");
    private static final java.util.regex.Pattern DETECTOR_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*");

    private final String file;

    SecretDetectorsParser(String file) {
        this.file = file;
    }

    SecretDetectors parse(YamlNode root) throws YamlFileException {
        YamlFields top = YamlFields.of(file, root, "the secrets file", TOP_KEYS);
        YamlFields placeholders = YamlFields.of(file, required(top, root, "placeholders"), "'placeholders'",
                Set.of("words", "patterns", "values"));
        PlaceholderDictionary dictionary = new PlaceholderDictionary(placeholders.stringList("words"),
                regexes(placeholders, "patterns"), Set.copyOf(placeholders.stringList("values")));
        YamlFields contexts = YamlFields.of(file, required(top, root, "contexts"), "'contexts'",
                Set.of("application-roles", "example-paths"));
        SecretContexts secretContexts = new SecretContexts(roles(contexts), globs(contexts));
        YamlNode detectorsNode = required(top, root, "detectors");
        if (!(detectorsNode instanceof YamlNode.Sequence sequence)) {
            throw top.error(detectorsNode, "'detectors' must be a list");
        }
        List<SecretDetector> detectors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlNode item : sequence.items()) {
            SecretDetector detector = detector(item);
            if (!ids.add(detector.id())) {
                throw YamlFields.error(file, item, "detector id '" + detector.id() + "' is defined twice");
            }
            detectors.add(detector);
        }
        return new SecretDetectors(detectors, dictionary, secretContexts);
    }

    private SecretDetector detector(YamlNode node) throws YamlFileException {
        YamlFields fields = YamlFields.of(file, node, "a detector", DETECTOR_KEYS);
        String id = fields.requiredString("id");
        if (!DETECTOR_ID.matcher(id).matches()) {
            throw fields.error(fields.node("id").orElseThrow(),
                    "detector id '" + id + "' must be lower-case letters, digits and dashes");
        }
        List<String> keywords = fields.stringList("keywords");
        if (keywords.isEmpty() || keywords.stream().anyMatch(k -> k.isBlank() || !k.chars().allMatch(c -> c < 128))) {
            throw fields.error(fields.node("keywords").orElse(node),
                    "detector '" + id + "' needs at least one keyword, each non-empty ASCII");
        }
        boolean matchCase = fields.flag("keywords-match-case");
        YamlNode regexNode = fields.node("regex").orElseThrow(() -> fields.error(node, "missing required key 'regex'"));
        String regex = fields.scalar(regexNode, "regex");
        return new SecretDetector(id, fields.requiredString("description"), compile(fields, regexNode, regex),
                matchCase ? keywords : keywords.stream().map(k -> k.toLowerCase(Locale.ROOT)).toList(),
                fields.number("entropy", 0), regexes(fields, "allowlist"), fields.flag("test-mode"),
                fields.requiredString("remediation"), fields.flag("starts-at-identifier"), matchCase,
                caseFreeLiterals(regex));
    }

    /**
     * The sets of strings every match of the regex holds one of that have no letter, so that a window of text can
     * be asked for them whatever its case: a database URL needs {@code ://}, which most lines naming
     * {@code mysql} lack.
     */
    private static List<Set<String>> caseFreeLiterals(String regex) {
        return RequiredLiterals.of(regex).orElse(List.of()).stream()
                .filter(set -> set.stream().allMatch(s -> s.chars().noneMatch(Character::isLetter)))
                .toList();
    }

    private YamlNode required(YamlFields fields, YamlNode at, String key) throws YamlFileException {
        return fields.node(key).orElseThrow(() -> fields.error(at, "missing required key '" + key + "'"));
    }

    private List<Pattern> regexes(YamlFields fields, String key) throws YamlFileException {
        List<Pattern> compiled = new ArrayList<>();
        for (String regex : fields.stringList(key)) {
            compiled.add(compile(fields, fields.node(key).orElseThrow(), regex));
        }
        return compiled;
    }

    private static Pattern compile(YamlFields fields, YamlNode at, String regex) throws YamlFileException {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw fields.error(at, "invalid regex: " + e.getMessage());
        }
    }

    private static Set<FileRole> roles(YamlFields fields) throws YamlFileException {
        Set<FileRole> roles = new LinkedHashSet<>();
        for (String id : fields.stringList("application-roles")) {
            roles.add(Arrays.stream(FileRole.values()).filter(r -> r.id().equals(id)).findFirst()
                    .orElseThrow(() -> fields.error(fields.node("application-roles").orElseThrow(),
                            "unknown role '" + id + "'")));
        }
        return roles;
    }

    private static List<PathGlob> globs(YamlFields fields) throws YamlFileException {
        List<PathGlob> globs = new ArrayList<>();
        for (String glob : fields.stringList("example-paths")) {
            try {
                globs.add(PathGlob.compile(glob));
            } catch (IllegalArgumentException e) {
                throw fields.error(fields.node("example-paths").orElseThrow(), "invalid glob '" + glob + "': "
                        + e.getMessage());
            }
        }
        return globs;
    }
}
