package dev.readiness.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.YamlFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A user's {@code --rules} folder holding one fuzzed module: loading it either works or fails with a located
 * {@link YamlFileException}; any other exception is a crash. Seeds are in
 * {@code src/test/resources/dev/readiness/fuzz/RuleLoaderFuzzTestInputs}.
 */
class RuleLoaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void ruleModuleLoadsOrFailsWithALocatedError(FuzzedDataProvider data) throws IOException {
        Path dir = Files.createTempDirectory("readiness-fuzz-rules");
        Path module = dir.resolve("fuzzed.yml");
        try {
            // through getBytes, which replaces a lone surrogate, as an editor would save it
            Files.write(module, data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));
            new RuleLoader(BuiltInChecks.all()).loadDirectory(dir);
        } catch (YamlFileException expected) {
            // a located error is the loader's answer to bad YAML
        } finally {
            Files.deleteIfExists(module);
            Files.delete(dir);
        }
    }
}
