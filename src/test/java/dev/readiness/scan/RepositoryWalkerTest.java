package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryWalkerTest {

    @TempDir
    Path root;

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private WalkResult walk() throws IOException {
        return walk(ScanOptions.defaults());
    }

    private WalkResult walk(ScanOptions options) throws IOException {
        return new RepositoryWalker(options).walk(root);
    }

    private static List<String> paths(WalkResult result) {
        return result.files().stream().map(FileEntry::path).toList();
    }

    private static List<ScanWarning> warnings(String... pathAndMessage) {
        List<ScanWarning> warnings = new ArrayList<>();
        for (int i = 0; i < pathAndMessage.length; i += 2) {
            warnings.add(new ScanWarning(pathAndMessage[i], pathAndMessage[i + 1]));
        }
        return warnings;
    }

    @Test
    void keepsFilesSortedWithTheirFacts() throws IOException {
        write("src/app.py", "import os\n");
        write("README.md", "# hi\n");
        write("requirements.txt", "stripe==1.0\n");
        write("tests/test_app.py", "");

        WalkResult result = walk();

        assertEquals(List.of(
                new FileEntry("README.md", root.resolve("README.md"), 5, Language.MARKDOWN, FileRole.DOC),
                new FileEntry("requirements.txt", root.resolve("requirements.txt"), 12, Language.TEXT,
                        FileRole.MANIFEST),
                new FileEntry("src/app.py", root.resolve("src/app.py"), 10, Language.PYTHON, FileRole.SOURCE),
                new FileEntry("tests/test_app.py", root.resolve("tests/test_app.py"), 0, Language.PYTHON,
                        FileRole.TEST)),
                result.files());
        assertEquals(0, result.skipped());
        assertEquals(0, result.ignored());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void defaultExcludedFoldersAreNeitherEnteredNorCounted() throws IOException {
        for (String folder : List.of(".git", ".hg", ".svn", "node_modules", "bower_components", ".venv", "venv",
                "__pycache__", ".tox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "target",
                "build", "dist", "vendor", ".gradle", ".idea", ".vscode", ".next", ".nuxt", ".svelte-kit",
                ".terraform", "coverage", ".cache")) {
            write(folder + "/inside.js", "x");
            write("web/" + folder + "/inside.js", "x");
        }
        write("web/app.js", "x");
        write("sub/.git", "gitdir: ../.git/modules/sub\n");
        write("build.py", "x");

        WalkResult result = walk();

        assertEquals(List.of("build.py", "web/app.js"), paths(result));
        assertEquals(0, result.skipped());
        assertEquals(0, result.ignored());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void gitignoreFilesApplyToTheirOwnSubtree() throws IOException {
        write(".gitignore", "*.log\n/secret.txt\nout/\n");
        write("app.log", "");
        write("secret.txt", "");
        write("out/a.txt", "");
        write("sub/.gitignore", "!keep.log\n/local.txt\n");
        write("sub/keep.log", "");
        write("sub/other.log", "");
        write("sub/local.txt", "");
        write("sub/secret.txt", "");
        write("sub/deeper/local.txt", "");
        write("sub/deeper/keep.log", "");
        write("other/keep.log", "");
        write("other/out", "a file, not a folder");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore", "other/out", "sub/.gitignore", "sub/deeper/keep.log",
                "sub/deeper/local.txt", "sub/keep.log", "sub/secret.txt"), paths(result));
        // app.log, secret.txt, out/, sub/other.log, sub/local.txt, other/keep.log
        assertEquals(6, result.ignored());
        assertEquals(0, result.skipped());
    }

    @Test
    void fileInsideAnIgnoredFolderCannotBeReIncluded() throws IOException {
        write(".gitignore", "logs/\n!logs/keep.txt\ncache/*\n!cache/keep.txt\n");
        write("logs/keep.txt", "");
        write("logs/other.txt", "");
        write("cache/keep.txt", "");
        write("cache/other.txt", "");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore", "cache/keep.txt"), paths(result));
        // the logs folder once, cache/other.txt
        assertEquals(2, result.ignored());
    }

    @Test
    void nestedIgnoreFileInsideIgnoredFolderIsNeverRead() throws IOException {
        write(".gitignore", "generated/\n");
        write("generated/.gitignore", "!*\n");
        write("generated/code.py", "");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore"), paths(result));
        assertEquals(1, result.ignored());
    }

    @Test
    void readinessignoreWorksLikeGitignoreAndOverridesIt() throws IOException {
        write(".gitignore", "*.gen.ts\n");
        write(".readinessignore", "fixtures/\n!api.gen.ts\n");
        write("api.gen.ts", "");
        write("other.gen.ts", "");
        write("fixtures/big.json", "");
        write("pkg/.readinessignore", "*.snap\n");
        write("pkg/a.snap", "");
        write("b.snap", "");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore", ".readinessignore", "api.gen.ts", "b.snap", "pkg/.readinessignore"),
                paths(result));
        assertEquals(3, result.ignored());
    }

    @Test
    void gitInfoExcludeAppliesAtTheRootUnderTheGitignores() throws IOException {
        write(".git/info/exclude", "*.local\nscratch/\n");
        write(".gitignore", "!keep.local\n");
        write("a.local", "");
        write("keep.local", "");
        write("scratch/notes.md", "");
        write("sub/scratch/notes.md", "");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore", "keep.local"), paths(result));
        assertEquals(3, result.ignored());
    }

    @Test
    void extraIgnoreGlobsOverrideTheRepositoryFiles() throws IOException {
        write(".gitignore", "!legacy/keep.py\n");
        write("legacy/keep.py", "");
        write("legacy/old.py", "");
        write("app.py", "");
        write("vendored/lib.py", "");

        WalkResult result = walk(new ScanOptions(1024, List.of("legacy/*", "vendored/")));

        assertEquals(List.of(".gitignore", "app.py"), paths(result));
        assertEquals(3, result.ignored());
    }

    @Test
    void linksAreNeverFollowed() throws IOException {
        Path outside = Files.createTempDirectory("readiness-outside");
        try {
            Files.writeString(outside.resolve("secret.txt"), "outside");
            write("real/config.yml", "a: 1\n");
            Files.createSymbolicLink(root.resolve("inside-file.yml"), Path.of("real/config.yml"));
            Files.createSymbolicLink(root.resolve("inside-dir"), root.resolve("real"));
            Files.createSymbolicLink(root.resolve("self"), Path.of("."));
            Files.createSymbolicLink(root.resolve("outside-file.txt"), outside.resolve("secret.txt"));
            Files.createSymbolicLink(root.resolve("outside-dir"), outside);
            Files.createSymbolicLink(root.resolve("escape"), Path.of("../" + outside.getFileName()));
            Files.createSymbolicLink(root.resolve("broken"), Path.of("missing/file.txt"));
            Files.createSymbolicLink(root.resolve("through-file"), Path.of("real/config.yml/x"));
            Files.createSymbolicLink(root.resolve("loop-a"), Path.of("loop-b"));
            Files.createSymbolicLink(root.resolve("loop-b"), Path.of("loop-a"));
            Files.createSymbolicLink(root.resolve("loop-self"), Path.of("loop-self"));
            Files.createSymbolicLink(root.resolve("to-loop"), Path.of("loop-a"));

            WalkResult result = walk();

            assertEquals(List.of("real/config.yml"), paths(result));
            assertEquals(12, result.skipped());
            assertEquals(warnings(
                    "broken", "broken link (its target cannot be reached); not followed",
                    "escape", "link points outside the scanned root; not followed",
                    "loop-a", "link loop; not followed",
                    "loop-b", "link loop; not followed",
                    "loop-self", "link loop; not followed",
                    "outside-dir", "link points outside the scanned root; not followed",
                    "outside-file.txt", "link points outside the scanned root; not followed",
                    "through-file", "broken link (its target cannot be reached); not followed",
                    "to-loop", "link loop; not followed"), result.warnings());
        } finally {
            Files.delete(outside.resolve("secret.txt"));
            Files.delete(outside);
        }
    }

    @Test
    void ignoredLinkIsCountedAsIgnoredWithoutWarning() throws IOException {
        write(".gitignore", "broken\n");
        Files.createSymbolicLink(root.resolve("broken"), Path.of("missing"));

        WalkResult result = walk();

        assertEquals(1, result.ignored());
        assertEquals(0, result.skipped());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void fifoIsSkippedWithAWarningAndNeverOpened() throws Exception {
        Path fifo = root.resolve("pipe.py");
        assumeTrue(makeFifo(fifo), "mkfifo is not available");
        write("app.py", "");

        WalkResult result = walk();

        assertEquals(List.of("app.py"), paths(result));
        assertEquals(1, result.skipped());
        assertEquals(warnings("pipe.py", "not a regular file (FIFO, socket or device); not read"),
                result.warnings());
    }

    static boolean makeFifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void oversizedFilesAreSkippedWithTheirSize() throws IOException {
        try (RandomAccessFile sparse = new RandomAccessFile(root.resolve("dump.sql").toFile(), "rw")) {
            sparse.setLength(54_945_383L);
        }
        write("limit.sql", "x".repeat(2 * 1024 * 1024));
        write("over.sql", "x".repeat(2 * 1024 * 1024 + 1));

        WalkResult result = walk();

        assertEquals(List.of("limit.sql"), paths(result));
        assertEquals(2, result.skipped());
        assertEquals(warnings(
                "dump.sql", "skipped: 52.4 MB is over the 2.0 MB limit",
                "over.sql", "skipped: 2.0 MB is over the 2.0 MB limit"), result.warnings());
    }

    @Test
    void binaryExtensionsAreSkippedSilentlyWithoutReading() throws IOException {
        write("logo.png", "not really a png");
        write("dist.tar.gz", "");
        write("lib/NATIVE.DLL", "");
        write("app.pyc", "");
        write("image.svg", "<svg/>");

        WalkResult result = walk(new ScanOptions(4, List.of()));

        assertEquals(List.of(), paths(result));
        assertEquals(5, result.skipped());
        assertEquals(warnings("image.svg", "skipped: 6 bytes is over the 4 bytes limit"), result.warnings());
    }

    @Test
    void thousandDeepNestingIsWalked() throws IOException {
        String deep = "d/".repeat(1000) + "leaf.py";
        write(deep, "x");
        write("top.py", "x");

        WalkResult result = walk();

        assertEquals(List.of(deep, "top.py"), paths(result));
    }

    @Test
    void unlistableFolderWarnsAndTheWalkGoesOn() throws IOException {
        write("locked/hidden.py", "");
        write("open/seen.py", "");
        Path locked = root.resolve("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeTrue(locked.toFile().list() == null, "running with rights that read any folder");

            WalkResult result = walk();

            assertEquals(List.of("open/seen.py"), paths(result));
            assertEquals(warnings("locked", "cannot list folder: permission denied"), result.warnings());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void rootMustBeAFolder() throws IOException {
        Path file = write("file.txt", "");
        RepositoryWalker walker = new RepositoryWalker(ScanOptions.defaults());
        assertThrows(NotDirectoryException.class, () -> walker.walk(file));
        assertThrows(NotDirectoryException.class, () -> walker.walk(root.resolve("missing")));
    }

    @Test
    void ignoreFileIsReadAsUtf8Leniently() throws IOException {
        Files.write(root.resolve(".gitignore"), "caf\u00e9.txt\n\u00ff\u00fe.bin\n".getBytes(StandardCharsets.UTF_8));
        write("caf\u00e9.txt", "");

        WalkResult result = walk();

        assertEquals(List.of(".gitignore"), paths(result));
        assertEquals(1, result.ignored());
    }
}
