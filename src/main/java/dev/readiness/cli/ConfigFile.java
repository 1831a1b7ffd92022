package dev.readiness.cli;

import dev.readiness.config.ConfigParser;
import dev.readiness.config.ProjectConfig;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Finds the configuration of an audit: {@code --config FILE}, else {@code .readiness.yml} at the root, else none. */
final class ConfigFile {
    static final String NAME = ".readiness.yml";

    private ConfigFile() {
    }

    static ProjectConfig load(Path explicit, Path root, RuleSet rules) throws IOException, YamlFileException {
        Optional<Path> file = find(explicit, root);
        if (file.isEmpty()) {
            return ProjectConfig.none();
        }
        String text = Files.readString(file.get(), StandardCharsets.UTF_8);
        return new ConfigParser(rules).parse(file.get().toString(), text);
    }

    /**
     * The ignore patterns of the configuration, read before the rules are loaded; empty when the configuration
     * cannot be read, which {@link #load} then reports in full.
     */
    static Optional<List<String>> ignoreGlobs(Path explicit, Path root) {
        try {
            Optional<Path> file = find(explicit, root);
            if (file.isEmpty()) {
                return Optional.of(List.of());
            }
            return Optional.of(ConfigParser.ignoreGlobs(file.get().toString(),
                    Files.readString(file.get(), StandardCharsets.UTF_8)));
        } catch (IOException | YamlFileException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> find(Path explicit, Path root) {
        Path file = explicit != null ? explicit : root.resolve(NAME);
        if (explicit == null && !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: no such file: " + file);
        }
        return Optional.of(file);
    }
}
