package dev.readiness.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads {@code stack.yml}: frameworks, kinds of system, platforms and install commands. */
final class StackKnowledgeParser {
    private final String file;
    private final Map<String, Check> checks;
    private final TextConditions texts;

    StackKnowledgeParser(String file, Map<String, Check> checks, TextConditions texts) {
        this.file = file;
        this.checks = checks;
        this.texts = texts;
    }

    StackKnowledge parse(YamlNode root) throws YamlFileException {
        YamlFields top = YamlFields.of(file, root, "the stack file", Set.of("stack"));
        YamlNode stackNode = top.node("stack").orElseThrow(() -> top.error(root, "missing required key 'stack'"));
        YamlFields stack = YamlFields.of(file, stackNode, "'stack'", Set.of("frameworks", "kinds", "platforms",
                "install"));
        // Frameworks are detected first, so they may not depend on the stack; kinds may use frameworks.
        List<StackKnowledge.Framework> frameworks = new ArrayList<>();
        for (YamlNode item : items(stack, "frameworks")) {
            YamlFields fields = YamlFields.of(file, item, "a framework", Set.of("id", "name", "when"));
            frameworks.add(new StackKnowledge.Framework(fields.requiredString("id"),
                    fields.optionalString("name").orElse(fields.requiredString("id")),
                    when(fields, item, new ConditionParser(file, checks, false, texts))));
        }
        List<StackKnowledge.Kind> kinds = new ArrayList<>();
        for (YamlNode item : items(stack, "kinds")) {
            YamlFields fields = YamlFields.of(file, item, "a kind", Set.of("id", "when"));
            ConditionParser parser = new ConditionParser(file, checks, true, texts);
            Condition when = when(fields, item, parser);
            if (mentionsKind(when)) {
                throw fields.error(item, "a kind's condition cannot use 'kind'");
            }
            kinds.add(new StackKnowledge.Kind(fields.requiredString("id"), when));
        }
        // Platforms are told by files, packages and code, not by the stack, so they too may not use it.
        List<StackKnowledge.Platform> platforms = new ArrayList<>();
        for (YamlNode item : items(stack, "platforms")) {
            YamlFields fields = YamlFields.of(file, item, "a platform", Set.of("id", "name", "when"));
            String id = fields.requiredString("id");
            if (platforms.stream().anyMatch(p -> p.id().equals(id))) {
                throw fields.error(item, "platform '" + id + "' is defined twice");
            }
            platforms.add(new StackKnowledge.Platform(id, fields.optionalString("name").orElse(id),
                    when(fields, item, new ConditionParser(file, checks, false, texts))));
        }
        Map<String, StackKnowledge.InstallTemplate> install = new LinkedHashMap<>();
        if (stack.has("install")) {
            YamlNode node = stack.node("install").orElseThrow();
            if (!(node instanceof YamlNode.Mapping mapping)) {
                throw stack.error(node, "'install' must map ecosystems to command templates");
            }
            YamlFields fields = YamlFields.of(file, node, "'install'", mapping.entries().keySet());
            for (String ecosystem : mapping.entries().keySet()) {
                install.put(ecosystem, installTemplate(fields.node(ecosystem).orElseThrow(), ecosystem));
            }
        }
        return new StackKnowledge(List.copyOf(frameworks), List.copyOf(kinds), List.copyOf(platforms),
                Map.copyOf(install));
    }

    /** A plain string is a shell command; {@code {template: .., fence: ..}} names another fence. */
    private StackKnowledge.InstallTemplate installTemplate(YamlNode node, String ecosystem) throws YamlFileException {
        if (node instanceof YamlNode.Mapping) {
            YamlFields fields = YamlFields.of(file, node, "install '" + ecosystem + "'", Set.of("template", "fence"));
            return new StackKnowledge.InstallTemplate(fields.requiredString("template"),
                    fields.optionalString("fence").orElse("bash"));
        }
        YamlFields scalar = YamlFields.of(file, new YamlNode.Mapping(Map.of(), node.line(), node.column()),
                "install", Set.of());
        return new StackKnowledge.InstallTemplate(scalar.scalar(node, ecosystem), "bash");
    }

    private List<YamlNode> items(YamlFields fields, String key) throws YamlFileException {
        if (!fields.has(key)) {
            return List.of();
        }
        YamlNode node = fields.node(key).orElseThrow();
        if (!(node instanceof YamlNode.Sequence sequence)) {
            throw fields.error(node, "'" + key + "' must be a list");
        }
        return sequence.items();
    }

    private static Condition when(YamlFields fields, YamlNode item, ConditionParser parser) throws YamlFileException {
        YamlNode node = fields.node("when").orElseThrow(() -> fields.error(item, "missing required key 'when'"));
        return parser.parse(node);
    }

    private static boolean mentionsKind(Condition condition) {
        if (condition instanceof Condition.All all) {
            return all.parts().stream().anyMatch(StackKnowledgeParser::mentionsKind);
        }
        if (condition instanceof Condition.Any any) {
            return any.parts().stream().anyMatch(StackKnowledgeParser::mentionsKind);
        }
        if (condition instanceof Condition.Not not) {
            return mentionsKind(not.part());
        }
        return condition instanceof Condition.StackIs stackIs && stackIs.aspect() == Condition.StackAspect.KIND;
    }
}
