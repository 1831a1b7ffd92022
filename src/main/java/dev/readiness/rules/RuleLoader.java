package dev.readiness.rules;

import dev.readiness.facts.secrets.SecretDetectors;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads rule modules and stack knowledge from YAML: the bundled set, or a folder given with
 * {@code --rules}. Any mistake in a file stops loading with the file, line and column.
 */
public final class RuleLoader {
    static final String STACK_FILE = "stack.yml";
    static final String SECRETS_FILE = "secrets.yml";
    private static final String BUNDLED_DIR = "rules";
    private static final Set<String> MODULE_KEYS = Set.of("module", "name", "weight", "description",
            "applies-when", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "title", "severity", "weight", "impact",
            "applies-when", "passes-when", "fails-when", "partial-when", "state", "actions", "install",
            "effort-hours", "references", "description", "scope");
    private static final Pattern MODULE_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*");

    private final Map<String, Check> checks;
    private final YamlReader yaml = new YamlReader();

    public RuleLoader(Map<String, Check> checks) {
        this.checks = Map.copyOf(checks);
    }

    /** The rules shipped inside the jar. */
    public RuleSet loadBundled() throws YamlFileException {
        return load(bundledFiles(), "bundled");
    }

    /** Every {@code *.yml} in {@code dir}; the bundled stack and secrets knowledge fill in what the folder lacks. */
    public RuleSet loadDirectory(Path dir) throws YamlFileException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path path : listing.sorted().toList()) {
                String name = path.getFileName().toString();
                if (Files.isRegularFile(path) && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
                    files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new YamlFileException(dir.toString(), 1, 1, "cannot read rules folder: " + e.getMessage());
        }
        if (!files.containsKey(STACK_FILE) || !files.containsKey(SECRETS_FILE)) {
            Map<String, String> bundled = bundledFiles();
            files.putIfAbsent(STACK_FILE, bundled.get(STACK_FILE));
            files.putIfAbsent(SECRETS_FILE, bundled.get(SECRETS_FILE));
        }
        return load(files, dir.toString());
    }

    /** @param files file name to YAML text; without {@code secrets.yml} no secret is detected */
    RuleSet load(Map<String, String> files, String source) throws YamlFileException {
        TextConditions texts = new TextConditions();
        StackKnowledge stack = null;
        SecretDetectors secrets = SecretDetectors.none();
        List<RuleModule> modules = new ArrayList<>();
        Map<String, String> ruleFiles = new HashMap<>();
        for (ParsedFile file : parseAll(List.copyOf(new TreeMap<>(files).entrySet()))) {
            texts.addAll(file.texts());
            if (file.stack().isPresent()) {
                stack = file.stack().get();
            } else if (file.secrets().isPresent()) {
                secrets = file.secrets().get();
            } else {
                RuleModule module = file.module().orElseThrow();
                YamlNode root = file.root();
                for (Rule rule : module.rules()) {
                    String earlier = ruleFiles.putIfAbsent(rule.id(), file.name());
                    if (earlier != null) {
                        throw new YamlFileException(file.name(), root.line(), root.column(),
                                "rule id '" + rule.id() + "' is already defined in " + earlier);
                    }
                }
                if (modules.stream().anyMatch(m -> m.id().equals(module.id()))) {
                    throw new YamlFileException(file.name(), root.line(), root.column(),
                            "module '" + module.id() + "' is defined twice");
                }
                modules.add(module);
            }
        }
        if (stack == null) {
            throw new YamlFileException(STACK_FILE, 1, 1, "missing: the rules need a " + STACK_FILE);
        }
        modules.sort(Categories.MODULE_ORDER);
        return new RuleSet(List.copyOf(modules), stack, texts.patterns(), texts.headings(), secrets, source);
    }

    /** One file read on its own: its knowledge, and what its conditions ask of file text. */
    private record ParsedFile(String name, YamlNode root, TextConditions texts, Optional<StackKnowledge> stack,
                              Optional<SecretDetectors> secrets, Optional<RuleModule> module) {
    }

    /**
     * Parses the files on two threads, this one and a helper, each taking the next file not yet taken: a file
     * stands alone until the checks across files, and loading is most of a small audit's start-up. Results and
     * errors come back in file order, so the error reported is the first file's, as when parsed one by one.
     */
    private List<ParsedFile> parseAll(List<Map.Entry<String, String>> files) throws YamlFileException {
        ParsedFile[] parsed = new ParsedFile[files.size()];
        Exception[] failed = new Exception[files.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable parser = () -> {
            for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                try {
                    parsed[i] = parse(files.get(i).getKey(), files.get(i).getValue());
                } catch (YamlFileException | RuntimeException e) {
                    failed[i] = e;
                }
            }
        };
        Thread helper = new Thread(parser, "readiness-rules");
        helper.setDaemon(true);
        helper.start();
        parser.run();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading rules", e);
        }
        for (Exception failure : failed) {
            if (failure instanceof YamlFileException yaml) {
                throw yaml;
            }
            if (failure instanceof RuntimeException unexpected) {
                throw unexpected;
            }
        }
        return List.of(parsed);
    }

    private ParsedFile parse(String name, String text) throws YamlFileException {
        YamlNode root = yaml.read(name, text);
        TextConditions texts = new TextConditions();
        if (name.equals(STACK_FILE)) {
            return new ParsedFile(name, root, texts, Optional.of(new StackKnowledgeParser(name, checks, texts)
                    .parse(root)), Optional.empty(), Optional.empty());
        }
        if (name.equals(SECRETS_FILE)) {
            return new ParsedFile(name, root, texts, Optional.empty(),
                    Optional.of(new SecretDetectorsParser(name).parse(root)), Optional.empty());
        }
        return new ParsedFile(name, root, texts, Optional.empty(), Optional.empty(),
                Optional.of(module(name, root, texts)));
    }

    private RuleModule module(String file, YamlNode root, TextConditions texts) throws YamlFileException {
        YamlFields fields = YamlFields.of(file, root, "a rule module", MODULE_KEYS);
        String id = fields.requiredString("module");
        if (!MODULE_ID.matcher(id).matches()) {
            throw fields.error(fields.node("module").orElseThrow(), "module id '" + id
                    + "' must be lower-case letters, digits and dashes");
        }
        ConditionParser conditions = new ConditionParser(file, checks, true, texts);
        Optional<Condition> applies = optionalCondition(fields, "applies-when", conditions);
        YamlNode rulesNode = fields.node("rules").orElseThrow(() -> fields.error(root, "missing required key 'rules'"));
        if (!(rulesNode instanceof YamlNode.Sequence sequence)) {
            throw fields.error(rulesNode, "'rules' must be a list");
        }
        List<Rule> rules = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            rules.add(rule(file, id, item, conditions));
        }
        return new RuleModule(id, fields.optionalString("name").orElse(id), fields.number("weight", 1),
                applies, List.copyOf(rules), file);
    }

    private Rule rule(String file, String module, YamlNode node, ConditionParser conditions)
            throws YamlFileException {
        YamlFields fields = YamlFields.of(file, node, "a rule", RULE_KEYS);
        String id = fields.requiredString("id");
        if (!RULE_ID.matcher(id).matches() || !id.startsWith(module + ".")) {
            throw fields.error(fields.node("id").orElseThrow(), "rule id '" + id + "' must be '" + module
                    + ".<name>' in lower-case letters, digits and dashes");
        }
        String severityText = fields.requiredString("severity");
        Severity severity;
        try {
            severity = Severity.valueOf(severityText);
        } catch (IllegalArgumentException e) {
            throw fields.error(fields.node("severity").orElseThrow(),
                    "severity must be P0, P1, P2 or P3, not '" + severityText + "'");
        }
        boolean passes = fields.has("passes-when");
        if (passes == fields.has("fails-when")) {
            throw fields.error(node, "rule '" + id + "' needs exactly one of 'passes-when' and 'fails-when'");
        }
        Condition condition = conditions.parse(fields.node(passes ? "passes-when" : "fails-when").orElseThrow());
        Optional<Condition> applies = optionalCondition(fields, "applies-when", conditions);
        RuleScope scope = scope(fields, applies);
        double weight = fields.number("weight", severity.defaultWeight());
        if (weight <= 0 || weight != Math.rint(weight)) {
            throw fields.error(fields.node("weight").orElseThrow(), "weight must be a positive whole number");
        }
        return new Rule(id, module, fields.requiredString("title"), severity, (int) weight,
                fields.optionalString("impact").orElse(""),
                applies, passes ? Polarity.PASSES_WHEN : Polarity.FAILS_WHEN, condition,
                optionalCondition(fields, "partial-when", conditions), states(file, fields),
                fields.stringList("actions"), install(file, fields), fields.number("effort-hours", 0),
                fields.stringList("references"), scope);
    }

    /**
     * {@code scope: file} judges each file that {@code applies-when} finds against {@code passes-when}, and is
     * partial when some files pass and some do not; so it needs an applies-when that looks into files, a
     * passes-when, and no partial-when of its own.
     */
    private static RuleScope scope(YamlFields fields, Optional<Condition> applies) throws YamlFileException {
        Optional<YamlNode> node = fields.node("scope");
        if (node.isEmpty()) {
            return RuleScope.REPOSITORY;
        }
        String text = fields.requiredString("scope");
        if (text.equals("repository")) {
            return RuleScope.REPOSITORY;
        }
        if (!text.equals("file")) {
            throw fields.error(node.get(), "'scope' must be repository or file, not '" + text + "'");
        }
        if (applies.isEmpty() || !applies.get().looksInFiles()) {
            throw fields.error(node.get(), "'scope: file' judges the files that 'applies-when' finds, so it needs an "
                    + "applies-when that looks into files (pattern, import, file, role, env-referenced or heading)");
        }
        if (!fields.has("passes-when") || fields.has("partial-when")) {
            throw fields.error(node.get(), "'scope: file' takes 'passes-when' and no 'partial-when': the rule is "
                    + "partial when some files pass and others do not");
        }
        return RuleScope.FILE;
    }

    private static Optional<Condition> optionalCondition(YamlFields fields, String key, ConditionParser conditions)
            throws YamlFileException {
        Optional<YamlNode> node = fields.node(key);
        return node.isEmpty() ? Optional.empty() : Optional.of(conditions.parse(node.get()));
    }

    private static RuleStates states(String file, YamlFields rule) throws YamlFileException {
        Optional<YamlNode> node = rule.node("state");
        if (node.isEmpty()) {
            return new RuleStates("", "", "");
        }
        YamlFields fields = YamlFields.of(file, node.get(), "'state'", Set.of("fail", "partial", "pass"));
        return new RuleStates(fields.optionalString("fail").orElse(""),
                fields.optionalString("partial").orElse(""), fields.optionalString("pass").orElse(""));
    }

    private static Map<String, List<String>> install(String file, YamlFields rule) throws YamlFileException {
        Optional<YamlNode> node = rule.node("install");
        if (node.isEmpty()) {
            return Map.of();
        }
        if (!(node.get() instanceof YamlNode.Mapping mapping)) {
            throw rule.error(node.get(), "'install' must map ecosystems to package lists");
        }
        YamlFields fields = YamlFields.of(file, mapping, "'install'", mapping.entries().keySet());
        Map<String, List<String>> install = new LinkedHashMap<>();
        for (String ecosystem : mapping.entries().keySet()) {
            install.put(ecosystem, fields.stringList(ecosystem));
        }
        return Map.copyOf(install);
    }

    /** The bundled YAML files, read from the jar or, in tests, from the classes folder. */
    private static Map<String, String> bundledFiles() throws YamlFileException {
        URL marker = RuleLoader.class.getResource("/" + BUNDLED_DIR + "/" + STACK_FILE);
        if (marker == null) {
            throw new YamlFileException(BUNDLED_DIR + "/" + STACK_FILE, 1, 1, "bundled rules are missing from the jar");
        }
        try {
            URLConnection connection = marker.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                // the jar's own directory, which the class loader has read already: opening the jar as a zip file
                // system instead parses its thousands of entries again (90 ms of a one-second audit)
                jarConnection.setUseCaches(false);
                try (JarFile jar = jarConnection.getJarFile()) {
                    return readYamlEntries(jar);
                }
            }
            return readYamlFiles(Path.of(marker.toURI()).getParent());
        } catch (IOException | URISyntaxException e) {
            throw new YamlFileException(BUNDLED_DIR, 1, 1, "cannot read bundled rules: " + e.getMessage());
        }
    }

    /** The {@code *.yml} files directly in the jar's rules folder, by file name. */
    static Map<String, String> readYamlEntries(JarFile jar) throws IOException {
        Map<String, String> files = new TreeMap<>();
        String folder = BUNDLED_DIR + "/";
        for (JarEntry entry : Collections.list(jar.entries())) {
            String name = entry.getName();
            if (name.startsWith(folder) && name.indexOf('/', folder.length()) < 0 && name.endsWith(".yml")) {
                try (InputStream in = jar.getInputStream(entry)) {
                    files.put(name.substring(folder.length()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    private static Map<String, String> readYamlFiles(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(dir)) {
            for (Path path : listing.toList()) {
                String name = path.getFileName().toString().replace("/", "");
                if (name.endsWith(".yml")) {
                    try (InputStream in = Files.newInputStream(path)) {
                        files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return files;
    }
}
