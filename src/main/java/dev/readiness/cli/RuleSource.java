package dev.readiness.cli;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option every command that loads rules shares (a picocli mixin), and the loading. */
final class RuleSource {

    @Option(names = "--rules", paramLabel = "DIR", description = "Use the rule files in DIR instead of the bundled ones")
    Path dir;

    /** The bundled rules, or those in {@code --rules DIR}. */
    RuleSet load() throws YamlFileException {
        RuleLoader loader = new RuleLoader(BuiltInChecks.all());
        return dir == null ? loader.loadBundled() : loader.loadDirectory(dir);
    }
}
