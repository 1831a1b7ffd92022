package dev.readiness.cli;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.YamlFileException;
import java.nio.file.Path;

/** Loads the rules a command runs with: the bundled set, or {@code --rules DIR}. */
final class RuleSource {

    private RuleSource() {
    }

    static RuleSet load(Path rulesDir) throws YamlFileException {
        RuleLoader loader = new RuleLoader(BuiltInChecks.all());
        return rulesDir == null ? loader.loadBundled() : loader.loadDirectory(rulesDir);
    }
}
