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

/**
 * The configuration of an audit: {@code --config FILE}, else {@code .readiness.yml} at the root, else none. Read
 * once; its ignore patterns can be taken before the rules are loaded, the whole of it only after.
 */
final class ConfigFile {
    static final String NAME = ".readiness.yml";
    private static final ConfigFile NONE = new ConfigFile(null, null);

    private final Path file;
    private final String text;

    private ConfigFile(Path file, String text) {
        this.file = file;
        this.text = text;
    }

    /** @throws IllegalArgumentException when {@code explicit} names no file */
    static ConfigFile read(Path explicit, Path root) throws IOException {
        Path file = explicit != null ? explicit : root.resolve(NAME);
        if (explicit == null && !Files.isRegularFile(file)) {
            return NONE;
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: no such file: " + file);
        }
        return new ConfigFile(file, Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The ignore patterns alone, which need no rule set; empty when the file is not valid YAML. */
    Optional<List<String>> ignoreGlobs() {
        if (file == null) {
            return Optional.of(List.of());
        }
        try {
            return Optional.of(ConfigParser.ignoreGlobs(file.toString(), text));
        } catch (YamlFileException e) {
            return Optional.empty();
        }
    }

    ProjectConfig parse(RuleSet rules) throws YamlFileException {
        return file == null ? ProjectConfig.none() : new ConfigParser(rules).parse(file.toString(), text);
    }
}
