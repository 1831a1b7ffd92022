package dev.readiness.facts.manifest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A TOML manifest: its tree, and the text's lines to find declarations in (the tree has no locations). */
record TomlDocument(JsonNode root, TomlLines lines) {

    /**
     * Parses the file; on a syntax error warns, then keeps what the lines before the error still say (the
     * TOML parser is not streaming, so this is the way to keep the entries read before the break).
     */
    static Optional<TomlDocument> read(SourceFile file, FileFacts facts) {
        TomlLines lines = new TomlLines(file.text());
        try {
            return Optional.of(new TomlDocument(new TomlMapper().readTree(file.text()), lines));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int errorLine = at == null ? 0 : at.getLineNr();
            new ParseProblem(e.getOriginalMessage(), errorLine, at == null ? 0 : at.getColumnNr())
                    .reportTo(facts, file.entry().fileName());
            return readLinesBefore(errorLine, lines);
        }
    }

    /**
     * First everything above the error line; if that is still broken (the error ends an unclosed array, or
     * was reported past its cause), everything above the section that holds the error.
     */
    private static Optional<TomlDocument> readLinesBefore(int errorLine, TomlLines lines) {
        for (int kept : List.of(errorLine - 1, lines.sectionStartOf(errorLine) - 1)) {
            Optional<JsonNode> tree = kept > 0 ? treeOf(lines.firstLines(kept)) : Optional.empty();
            if (tree.isPresent()) {
                return Optional.of(new TomlDocument(tree.get(), lines));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> treeOf(String text) {
        try {
            return Optional.of(new TomlMapper().readTree(text));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** The node at {@code keyPath}; a missing node when any part is absent. */
    JsonNode at(List<String> keyPath) {
        JsonNode node = root;
        for (String key : keyPath) {
            node = node.path(key);
        }
        return node;
    }

    int lineOf(List<String> keyPath) {
        return lines.lineOf(keyPath);
    }

    /** {@code keyPath} extended by {@code keys}. */
    static List<String> path(List<String> keyPath, String... keys) {
        List<String> path = new ArrayList<>(keyPath);
        path.addAll(List.of(keys));
        return List.copyOf(path);
    }
}
