package dev.readiness.config;

import dev.readiness.rules.RuleModule;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.Severity;
import dev.readiness.rules.YamlFields;
import dev.readiness.rules.YamlFileException;
import dev.readiness.rules.YamlNode;
import dev.readiness.rules.YamlReader;
import dev.readiness.scan.PathGlob;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a {@code .readiness.yml}. Strict like the rule files: an unknown key, a wrong type, or a module or rule id
 * the rule set does not have is an error at its line and column, because a typo that is silently ignored is a gate
 * that silently does not hold.
 */
public final class ConfigParser {
    private static final Set<String> TOP_KEYS = Set.of("project", "fail-under", "fail-on", "weights", "modules",
            "rules", "ignore", "suppressions");
    private static final Set<String> SUPPRESSION_KEYS = Set.of("rule", "path", "reason", "expires");
    private final RuleSet rules;

    /** @param rules the rule set the configuration is checked against */
    public ConfigParser(RuleSet rules) {
        this.rules = rules;
    }

    /** @param file the name errors show, as the user would find the file */
    public ProjectConfig parse(String file, String text) throws YamlFileException {
        YamlFields top = topLevel(file, text);
        Optional<String> project = top.optionalString("project");
        Optional<Integer> failUnder = Optional.empty();
        if (top.has("fail-under")) {
            failUnder = Optional.of(failUnder(top, top.node("fail-under").orElseThrow()));
        }
        Optional<Severity> failOn = Optional.empty();
        if (top.has("fail-on")) {
            failOn = Optional.of(severity(top, top.node("fail-on").orElseThrow(), "fail-on"));
        }
        Map<String, Double> weights = top.has("weights") ? weights(file, top.node("weights").orElseThrow()) : Map.of();
        Map<String, ModuleSwitch> modules = top.has("modules")
                ? modules(file, top.node("modules").orElseThrow()) : Map.of();
        Set<String> disabled = new HashSet<>();
        Map<String, Severity> severities = new LinkedHashMap<>();
        if (top.has("rules")) {
            ruleSettings(file, top.node("rules").orElseThrow(), disabled, severities);
        }
        List<String> ignore = top.stringList("ignore");
        List<ConfigSuppression> suppressions = top.has("suppressions")
                ? suppressions(file, top, top.node("suppressions").orElseThrow()) : List.of();
        return new ProjectConfig(project, failUnder, failOn, weights, modules, disabled, severities, ignore,
                suppressions);
    }

    /**
     * The ignore patterns alone, which the walk of the tree needs and which need no rule set: the walk can start
     * before the rules are loaded. {@link #parse} checks the rest.
     */
    public static List<String> ignoreGlobs(String file, String text) throws YamlFileException {
        return topLevel(file, text).stringList("ignore");
    }

    private static YamlFields topLevel(String file, String text) throws YamlFileException {
        return YamlFields.of(file, new YamlReader().read(file, text), "the configuration", TOP_KEYS);
    }

    private static int failUnder(YamlFields fields, YamlNode node) throws YamlFileException {
        String text = fields.scalar(node, "fail-under");
        if (text.matches("\\d{1,3}") && Integer.parseInt(text) <= 100) {
            return Integer.parseInt(text);
        }
        throw fields.error(node, "'fail-under' must be a whole number from 0 to 100, not '" + text + "'");
    }

    private static Severity severity(YamlFields fields, YamlNode node, String key) throws YamlFileException {
        String text = fields.scalar(node, key);
        for (Severity severity : Severity.values()) {
            if (severity.name().equals(text)) {
                return severity;
            }
        }
        throw fields.error(node, "'" + key + "' must be one of P0, P1, P2, P3, not '" + text + "'");
    }

    private Map<String, Double> weights(String file, YamlNode node) throws YamlFileException {
        YamlFields fields = YamlFields.of(file, node, "weights", moduleIds());
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String module : fields.mapping().entries().keySet()) {
            weights.put(module, fields.number(module, 0));
        }
        return weights;
    }

    private Map<String, ModuleSwitch> modules(String file, YamlNode node) throws YamlFileException {
        YamlFields fields = YamlFields.of(file, node, "modules", moduleIds());
        Map<String, ModuleSwitch> modules = new LinkedHashMap<>();
        for (YamlNode.Entry entry : fields.mapping().entries().values()) {
            String value = switchText(fields, entry);
            if (value.equals("required")) {
                modules.put(entry.key(), ModuleSwitch.REQUIRED);
            } else if (value.equals("off")) {
                modules.put(entry.key(), ModuleSwitch.OFF);
            } else {
                throw fields.error(entry.value(), "module '" + entry.key() + "' must be 'required' or 'off', not '"
                        + value + "'");
            }
        }
        return modules;
    }

    private void ruleSettings(String file, YamlNode node, Set<String> disabled, Map<String, Severity> severities)
            throws YamlFileException {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw YamlFields.error(file, node, "'rules' must be a mapping, not " + node.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (rules.rule(entry.key()).isEmpty()) {
                throw new YamlFileException(file, entry.line(), entry.column(), "unknown rule '" + entry.key()
                        + "' (run 'readiness rules' for the list)");
            }
        }
        YamlFields fields = YamlFields.of(file, node, "rules", mapping.entries().keySet());
        for (YamlNode.Entry entry : fields.mapping().entries().values()) {
            String value = switchText(fields, entry);
            if (value.equals("off")) {
                disabled.add(entry.key());
                continue;
            }
            try {
                severities.put(entry.key(), Severity.valueOf(value));
            } catch (IllegalArgumentException e) {
                throw fields.error(entry.value(), "rule '" + entry.key() + "' must be 'off' or one of P0, P1, P2, P3, not '"
                        + value + "'");
            }
        }
    }

    /** YAML 1.1 reads a bare {@code off} as the boolean false; a user who wrote off means off. */
    private static String switchText(YamlFields fields, YamlNode.Entry entry) throws YamlFileException {
        String value = fields.scalar(entry.value(), entry.key());
        return value.equals("false") ? "off" : value;
    }

    private List<ConfigSuppression> suppressions(String file, YamlFields top, YamlNode node) throws YamlFileException {
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw top.error(node, "'suppressions' must be a list, not " + node.kind());
        }
        List<ConfigSuppression> suppressions = new ArrayList<>();
        for (YamlNode item : sequence.items()) {
            YamlFields fields = YamlFields.of(file, item, "a suppression", SUPPRESSION_KEYS);
            String ruleId = fields.requiredString("rule");
            if (rules.rule(ruleId).isEmpty()) {
                throw fields.error(fields.node("rule").orElseThrow(), "unknown rule '" + ruleId
                        + "' (run 'readiness rules' for the list)");
            }
            Optional<PathGlob> path = fields.optionalString("path").map(PathGlob::compile);
            String reason = fields.requiredString("reason").strip();
            if (reason.isEmpty()) {
                throw fields.error(fields.node("reason").orElseThrow(), "'reason' must not be empty");
            }
            Optional<LocalDate> expires = Optional.empty();
            if (fields.has("expires")) {
                YamlNode expiresNode = fields.node("expires").orElseThrow();
                String text = fields.scalar(expiresNode, "expires");
                try {
                    expires = Optional.of(LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    throw fields.error(expiresNode, "'expires' must be a date YYYY-MM-DD, not '" + text + "'");
                }
            }
            suppressions.add(new ConfigSuppression(ruleId, path, reason, expires,
                    file + ":" + item.line() + ":" + item.column()));
        }
        return suppressions;
    }

    private Set<String> moduleIds() {
        Set<String> ids = new TreeSet<>();
        rules.modules().stream().map(RuleModule::id).forEach(ids::add);
        return ids;
    }

}
