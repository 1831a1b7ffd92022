package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIndexTest {

    @Test
    void readsThePathsOfVersionTwoAndFourIndexes() throws IOException {
        List<String> paths = List.of(".env", ".env.production", "app/.env.local", "app/main.py", "README.md");
        assertEquals(paths, GitIndex.parse(GitIndexBytes.of(2, paths)));
        assertEquals(paths, GitIndex.parse(GitIndexBytes.of(4, paths)));
    }

    @Test
    void aPathWhoseEntryEndsOnAnEightByteBoundaryStillGetsItsPadding() throws IOException {
        // 62 bytes of fixed fields, 9 of name and its NUL make 72: the NUL is all the padding there is.
        List<String> paths = List.of("abcdefghi", "b");
        assertEquals(paths, GitIndex.parse(GitIndexBytes.of(2, paths)));
    }

    @Test
    void aTruncatedOrForeignFileIsAnIoExceptionNotACrash() {
        byte[] whole = GitIndexBytes.of(2, List.of("app/main.py"));
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 8);
        assertEquals("git index path runs past the end of the file",
                assertThrows(IOException.class, () -> GitIndex.parse(truncated)).getMessage());
        assertEquals("the git index does not start with DIRC",
                assertThrows(IOException.class, () -> GitIndex.parse("not an index at all".getBytes(StandardCharsets.UTF_8))).getMessage());
    }

    @Test
    void followsAWorktreeGitdirFileAndIsEmptyWithoutGit(@TempDir Path dir) throws IOException {
        Path root = Files.createDirectories(dir.resolve("repo"));
        assertEquals(List.of(), GitIndex.trackedPaths(root));
        Path gitDir = Files.createDirectories(dir.resolve("main.git/worktrees/repo"));
        Files.write(gitDir.resolve("index"), GitIndexBytes.of(3, List.of(".env")));
        Files.writeString(root.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(List.of(".env"), GitIndex.trackedPaths(root));
    }
}
