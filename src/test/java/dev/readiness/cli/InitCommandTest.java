package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.config.ConfigParser;
import dev.readiness.config.ProjectConfig;
import dev.readiness.rules.YamlFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
    private static final Path LIBRARY = Audits.FIXTURES.resolve("java-library");

    @TempDir
    Path temp;

    @Test
    void printsAStarterThatParsesAndChangesNothingButTheName() throws YamlFileException {
        Cli.Run run = Cli.run("init", LIBRARY.toString());

        assertEquals(0, run.code(), run.err());
        assertFalse(Files.exists(LIBRARY.resolve(".readiness.yml")), "never written into the target unasked");
        ProjectConfig config = new ConfigParser(Audits.bundledRules()).parse("init", run.out());
        assertEquals(Optional.of("java-library"), config.project());
        assertEquals(Map.of(), config.modules());
        assertEquals(Optional.empty(), config.failUnder());
        assertTrue(run.out().startsWith("# readiness configuration for java-library: library; java\n"), run.out());
        assertTrue(run.out().contains("\n#   payments: required     # N/A here: no signal for it\n"), run.out());
        assertTrue(run.out().contains("\n#   security: off          # applies here\n"), run.out());
    }

    @Test
    void everyCommentedSettingParsesWhenUncommented() throws YamlFileException {
        String uncommented = Cli.run("init", LIBRARY.toString()).out().lines()
                .map(line -> line.matches("# *([a-z][a-z.-]*:( .*)?|- .*)")
                        ? line.substring(2).replaceAll("\\s+#.*$", "") : line)
                .filter(line -> !line.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");

        ProjectConfig config = new ConfigParser(Audits.bundledRules()).parse("init", uncommented);

        assertEquals(Optional.of(80), config.failUnder());
        assertEquals(12, config.modules().size());
        assertEquals(1, config.suppressions().size());
    }

    @Test
    void writesTheFileOnlyWhereAskedAndNeverOverwrites() {
        Path file = temp.resolve(".readiness.yml");

        Cli.Run first = Cli.run("init", LIBRARY.toString(), "--output", file.toString());
        Cli.Run second = Cli.run("init", LIBRARY.toString(), "--output", file.toString());

        assertEquals(0, first.code(), first.err());
        assertEquals("", first.out());
        assertTrue(Cli.read(file).contains("project: \"java-library\"\n"));
        assertEquals(2, second.code());
        assertEquals("readiness: " + file + " already exists; not overwritten\n", second.err());
    }
}
