package dev.readiness.facts.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIndexTest {

    /** An index as git writes it: header, then per entry 40 bytes of stat data, the object id and the flags. */
    private static byte[] index(int version, List<String> paths) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("DIRC".getBytes(StandardCharsets.US_ASCII));
        writeInt(out, version);
        writeInt(out, paths.size());
        String previous = "";
        for (String path : paths) {
            int start = out.size();
            out.writeBytes(new byte[40 + 20]);
            byte[] name = path.getBytes(StandardCharsets.UTF_8);
            out.write(name.length >> 8);
            out.write(name.length & 0xff);
            if (version == 4) {
                int common = 0;
                while (common < previous.length() && common < path.length()
                        && previous.charAt(common) == path.charAt(common)) {
                    common++;
                }
                out.write(previous.length() - common);
                out.writeBytes(path.substring(common).getBytes(StandardCharsets.UTF_8));
                out.write(0);
            } else {
                out.writeBytes(name);
                int length = out.size() - start;
                out.writeBytes(new byte[8 - length % 8]);
            }
            previous = path;
        }
        return out.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write((value >>> 16) & 0xff);
        out.write((value >>> 8) & 0xff);
        out.write(value & 0xff);
    }

    @Test
    void readsThePathsOfVersionTwoAndFourIndexes() throws IOException {
        List<String> paths = List.of(".env", ".env.production", "app/.env.local", "app/main.py", "README.md");
        assertEquals(paths, GitIndex.parse(index(2, paths)));
        assertEquals(paths, GitIndex.parse(index(4, paths)));
    }

    @Test
    void aPathWhoseEntryEndsOnAnEightByteBoundaryStillGetsItsPadding() throws IOException {
        // 62 bytes of fixed fields, 9 of name and its NUL make 72: the NUL is all the padding there is.
        List<String> paths = List.of("abcdefghi", "b");
        assertEquals(paths, GitIndex.parse(index(2, paths)));
    }

    @Test
    void aTruncatedOrForeignFileIsAnIoExceptionNotACrash() {
        byte[] whole = index(2, List.of("app/main.py"));
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
        Files.write(gitDir.resolve("index"), index(3, List.of(".env")));
        Files.writeString(root.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(List.of(".env"), GitIndex.trackedPaths(root));
    }
}
