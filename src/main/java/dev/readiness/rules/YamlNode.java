package dev.readiness.rules;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it was written, so a rule or config error can name its line
 * and column. Jackson's tree model drops locations; this keeps them.
 */
public sealed interface YamlNode {

    int line();

    int column();

    /** A short name of the node's type for error messages. */
    String kind();

    record Mapping(Map<String, Entry> entries, int line, int column) implements YamlNode {
        public String kind() {
            return "a mapping";
        }
    }

    /** A key and its value; the key's own position is where errors about the key point. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public String kind() {
            return "a list";
        }
    }

    /** A scalar; {@code null} text for YAML null ({@code ~}, empty value). */
    record Scalar(String text, int line, int column) implements YamlNode {
        public String kind() {
            return text == null ? "null" : "a scalar";
        }
    }
}
