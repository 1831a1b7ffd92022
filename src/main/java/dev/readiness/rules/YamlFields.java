package dev.readiness.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, strict access to one YAML mapping: unknown keys and wrong types are errors that point at
 * the offending line and column, never silently ignored.
 */
public final class YamlFields {
    private final String file;
    private final YamlNode.Mapping mapping;

    private YamlFields(String file, YamlNode.Mapping mapping) {
        this.file = file;
        this.mapping = mapping;
    }

    /** Checks that {@code node} is a mapping whose keys are all in {@code allowed}. */
    public static YamlFields of(String file, YamlNode node, String what, Set<String> allowed)
            throws YamlFileException {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            throw error(file, node, what + " must be a mapping, not " + node.kind());
        }
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                throw new YamlFileException(file, entry.line(), entry.column(), "unknown key '" + entry.key()
                        + "' in " + what + " (expected one of: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return new YamlFields(file, mapping);
    }

    public static YamlFileException error(String file, YamlNode node, String problem) {
        return new YamlFileException(file, node.line(), node.column(), problem);
    }

    public YamlFileException error(YamlNode node, String problem) {
        return error(file, node, problem);
    }

    public YamlNode.Mapping mapping() {
        return mapping;
    }

    public boolean has(String key) {
        return mapping.entries().containsKey(key);
    }

    public Optional<YamlNode> node(String key) {
        return Optional.ofNullable(mapping.entries().get(key)).map(YamlNode.Entry::value);
    }

    public String requiredString(String key) throws YamlFileException {
        YamlNode.Entry entry = mapping.entries().get(key);
        if (entry == null) {
            throw error(mapping, "missing required key '" + key + "'");
        }
        return scalar(entry.value(), key);
    }

    public Optional<String> optionalString(String key) throws YamlFileException {
        Optional<YamlNode> node = node(key);
        return node.isEmpty() ? Optional.empty() : Optional.of(scalar(node.get(), key));
    }

    public double number(String key, double fallback) throws YamlFileException {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return fallback;
        }
        String text = scalar(node.get(), key);
        try {
            double value = Double.parseDouble(text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw error(node.get(), "'" + key + "' must be a non-negative number, not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw error(node.get(), "'" + key + "' must be a number, not '" + text + "'");
        }
    }

    /** {@code true} or {@code false}; absent means false. */
    public boolean flag(String key) throws YamlFileException {
        Optional<YamlNode> node = node(key);
        if (node.isEmpty()) {
            return false;
        }
        String text = scalar(node.get(), key);
        if (!text.equals("true") && !text.equals("false")) {
            throw error(node.get(), "'" + key + "' must be true or false");
        }
        return text.equals("true");
    }

    /** A scalar or a list of scalars; absent means empty. */
    public List<String> stringList(String key) throws YamlFileException {
        Optional<YamlNode> node = node(key);
        return node.isEmpty() ? List.of() : strings(node.get(), key);
    }

    public List<String> strings(YamlNode node, String key) throws YamlFileException {
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            for (YamlNode item : sequence.items()) {
                values.add(scalar(item, key));
            }
            return values;
        }
        return List.of(scalar(node, key));
    }

    public String scalar(YamlNode node, String key) throws YamlFileException {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return scalar.text();
        }
        throw error(node, "'" + key + "' must be a text value, not " + node.kind());
    }
}
