package dev.readiness.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.RepositoryWalker;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A fuzzed {@code .gitignore} matched against a small fixed tree through the real walk: it never throws, and
 * whatever it says, the walk lists only files that exist. Seeds are in
 * {@code src/test/resources/dev/readiness/fuzz/GitignoreFuzzTestInputs}.
 */
class GitignoreFuzzTest {
    private static final List<String> TREE = List.of("app/main.py", "app/.env", "docs/a b.md", "logs/x.log",
            "src/deep/er/Thing.java", "[weird]*name?.txt");

    @FuzzTest(maxDuration = "60s")
    void anyGitignoreIsMatchedWithoutFailing(FuzzedDataProvider data) throws IOException {
        Path root = Files.createTempDirectory("readiness-fuzz-gitignore");
        try {
            for (String file : TREE) {
                Files.createDirectories(root.resolve(file).getParent());
                Files.createFile(root.resolve(file));
            }
            Files.write(root.resolve(".gitignore"), data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));

            List<FileEntry> files = new RepositoryWalker(ScanOptions.defaults()).walk(root).files();

            for (FileEntry file : files) {
                assertTrue(file.path().equals(".gitignore") || TREE.contains(file.path()), file.path());
            }
        } finally {
            try (var paths = Files.walk(root)) {
                for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
