package dev.readiness.cli;

import dev.readiness.config.ConfigParser;
import dev.readiness.config.ProjectConfig;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the configuration of an audit: {@code --config FILE}, else {@code .readiness.yml} at the root, else none. */
final class ConfigFile {
    static final String NAME = ".readiness.yml";

    private ConfigFile() {
    }

    static ProjectConfig load(Path explicit, Path root, RuleSet rules) throws IOException, YamlFileException {
        Path file = explicit != null ? explicit : root.resolve(NAME);
        if (explicit == null && !Files.isRegularFile(file)) {
            return ProjectConfig.none();
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--config: no such file: " + file);
        }
        return new ConfigParser(rules).parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
