package dev.readiness.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The robustness corpus of issue 7, each case audited whole: the bad file becomes a warning in {@code stats.warnings}
 * (or is read correctly), and the ordinary service beside it is still audited. Large files are made here, never
 * committed.
 */
class HostileInputTest {
    private static final long MIB = 1024L * 1024;

    @TempDir
    Path root;

    @BeforeEach
    void ordinaryService() throws IOException {
        TreeAudit.writeOrdinaryService(root);
    }

    @Test
    void binaryWithASourceExtensionIsWarnedAboutAndNotRead() throws IOException {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        Files.write(root.resolve("blob.py"), bytes);

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("blob.py: binary content in a file named as python; not read"), audit.warnings());
        assertEquals(1, audit.skipped());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementCharactersAndStillAnalysed() throws IOException {
        byte[] head = "import os\nname = 'caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "'\nos.getenv(\"LATIN1_SETTING\")\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = Arrays.copyOf(head, head.length + 1 + tail.length);
        bytes[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(root.resolve("latin1.py"), bytes);

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("latin1.py: invalid UTF-8; decoded with replacement characters"), audit.warnings());
        assertEquals(List.of("LATIN1_SETTING"), referencedNames(audit, "latin1.py"));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void utf16RequirementsWithAByteOrderMarkAreParsed() throws IOException {
        byte[] text = "requests==2.31.0\r\nstripe>=8.0\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Files.createDirectories(root.resolve("legacy"));
        Files.write(root.resolve("legacy/requirements.txt"), bytes);

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("legacy/requirements.txt: UTF-16LE text with a byte-order mark; decoded as such"),
                audit.warnings());
        List<String> dependencies = new ArrayList<>();
        for (JsonNode dependency : audit.json.get("stack").get("dependencies")) {
            if (dependency.get("path").asText().equals("legacy/requirements.txt")) {
                dependencies.add(dependency.get("name").asText() + " " + dependency.get("version").asText() + " @"
                        + dependency.get("line").asInt());
            }
        }
        assertEquals(List.of("requests ==2.31.0 @1", "stripe >=8.0 @2"), dependencies);
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void fiftyMegabyteMinifiedLineIsSkippedAsOversizedByDefault() throws IOException {
        writeMinifiedBundle(root.resolve("bundle.min.js"), 50 * MIB);

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("bundle.min.js: skipped: 50.0 MB is over the 2.0 MB limit"), audit.warnings());
        assertEquals(1, audit.skipped());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void minifiedBundleGivesNoCodeFactsButItsSecretsAreFound() throws IOException {
        String key = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc9Xy8Wv7Ut6Sr";
        String bundle = "var a=process.env.BUNDLE_ONLY_SETTING;" + "function f(x){return x+1};".repeat(400)
                + "require(\"stripe\");var k=\"" + key + "\";";
        write("public/app.min.js", bundle);

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("public/app.min.js: looks minified or generated (longest line " + bundle.length()
                + " characters): its code is not read (imports, environment reads, rule patterns); dependencies, "
                + ".env values and secrets still are"), audit.warnings());
        assertEquals(List.of(), referencedNames(audit, "public/app.min.js"));
        assertTrue(audit.json.toString().contains("public/app.min.js\",\"line\":1"), "the key is reported");
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void linkLoopIsWarnedAboutAndNotFollowed() throws IOException {
        Files.createSymbolicLink(root.resolve("a"), Path.of("b"));
        Files.createSymbolicLink(root.resolve("b"), Path.of("a"));

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("a: link loop; not followed", "b: link loop; not followed"), audit.warnings());
        assertEquals(2, audit.skipped());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void brokenAbsoluteLinkIsWarnedAbout() throws IOException {
        Files.createSymbolicLink(root.resolve("dangling"), root.resolve("no-such-target").toAbsolutePath());

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("dangling: broken link (its target cannot be reached); not followed"), audit.warnings());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void linkOutOfTheRootIsWarnedAboutAndNotFollowed(@TempDir Path elsewhere) throws IOException {
        Files.writeString(elsewhere.resolve("secret.py"), "import os\nos.getenv(\"OUTSIDE_SETTING\")\n");
        Files.createSymbolicLink(root.resolve("escape"), elsewhere.toAbsolutePath());
        Files.createSymbolicLink(root.resolve("escape.py"), elsewhere.resolve("secret.py").toAbsolutePath());

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("escape: link points outside the scanned root; not followed",
                "escape.py: link points outside the scanned root; not followed"), audit.warnings());
        assertEquals(List.of(), referencedNames(audit, "escape.py"));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void unreadableFileIsWarnedAbout() throws IOException {
        // root reads any file whatever its mode, so there is nothing to test when the tests run as root
        assumeFalse("root".equals(System.getProperty("user.name")), "running as root: permissions are not enforced");
        Path locked = Files.writeString(root.resolve("locked.py"), "import os\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("locked.py: cannot read: permission denied"), audit.warnings());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void fifoIsNeverOpened() throws Exception {
        assumeTrue(run("mkfifo", root.resolve("pipe.py").toString()) == 0, "mkfifo is not available");

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("pipe.py: not a regular file (FIFO, socket or device); not read"), audit.warnings());
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void fileNameThatIsNotUtf8IsWarnedAboutAndStillRead() throws Exception {
        // Java cannot spell such a name, so a shell makes it: \377 is a byte no UTF-8 text holds
        assumeTrue(run("sh", "-c", "cd \"$0\" && printf 'import os\\nos.getenv(\"ODD_NAME\")\\n' > \"$(printf 'odd\\377.py')\"",
                root.toString()) == 0, "no POSIX shell to create the file");

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("odd\uFFFD.py: file name is not valid UTF-8; shown with replacement characters"),
                audit.warnings());
        assertEquals(List.of("ODD_NAME"), referencedNames(audit, "odd\uFFFD.py"));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void thousandFoldersDeepAreWalkedToTheBottom() throws IOException {
        Path folder = root;
        StringBuilder relative = new StringBuilder();
        for (int depth = 0; depth < 1000; depth++) {
            folder = folder.resolve("d");
            relative.append("d/");
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("deep.py"), "import os\nos.getenv(\"DEEP_SETTING\")\n");

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of(), audit.warnings());
        assertEquals(List.of("DEEP_SETTING"), referencedNames(audit, relative + "deep.py"));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void hundredThousandEmptyFilesAreCountedInReasonableTime() throws IOException {
        for (int folder = 0; folder < 100; folder++) {
            Path dir = Files.createDirectories(root.resolve("empty/f" + folder));
            for (int file = 0; file < 1000; file++) {
                Files.createFile(dir.resolve("e" + file + ".txt"));
            }
        }

        long started = System.nanoTime();
        TreeAudit audit = TreeAudit.of(root);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertEquals(List.of(), audit.warnings());
        assertEquals(100_000 + 2, audit.json.get("stats").get("files").asInt());
        assertTrue(seconds < 60, "100k empty files took " + seconds + " s");
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void truncatedManifestsAndConfigurationAreWarnedAbout() throws IOException {
        write("java/pom.xml", "<project><dependencies><dependency><groupId>org.slf4j</groupId><artifactId>slf");
        write("node/package.json", "{\"name\": \"cut\", \"dependencies\": {\"express\": \"^4.18");
        write("py/pyproject.toml", "[project]\nname = \"cut\"\ndependencies = [\"httpx>=0.27\", \"pydan");
        write("deploy/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: \"cut");
        write("config/.env", "GOOD_SETTING=1\nBROKEN_SETTING=\"unterminated\n");

        TreeAudit audit = TreeAudit.of(root);

        for (String manifest : List.of("java/pom.xml", "node/package.json", "py/pyproject.toml", "deploy/deployment.yaml",
                "config/.env")) {
            assertEquals(1, audit.warningsAbout(manifest).size(), manifest + " in " + audit.warnings());
        }
        assertTrue(audit.warningsAbout("java/pom.xml").get(0).startsWith("java/pom.xml: could not parse pom.xml: "));
        assertTrue(audit.warningsAbout("node/package.json").get(0)
                .startsWith("node/package.json: could not parse package.json: "));
        assertTrue(audit.warningsAbout("py/pyproject.toml").get(0)
                .startsWith("py/pyproject.toml: could not parse pyproject.toml: "));
        assertTrue(audit.warningsAbout("deploy/deployment.yaml").get(0)
                .startsWith("deploy/deployment.yaml: could not parse YAML: "), audit.warningsAbout("deploy/deployment.yaml").get(0));
        assertEquals(List.of("config/.env: line 2 opens a quoted value that is never closed"), audit.warningsAbout("config/.env"));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void javaFileThatJavaParserRejectsIsWarnedAbout() throws IOException {
        // it declares an entity, so its facts need the syntax tree JavaParser cannot build
        write("src/Broken.java", "package p;\n@Entity\nclass Broken {\n  String key = \"k\";\n  void run( {\n");

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(1, audit.warnings().size(), audit.warnings().toString());
        assertTrue(audit.warnings().get(0).startsWith("src/Broken.java: Java source could not be parsed"),
                audit.warnings().get(0));
        audit.assertOrdinaryServiceAudited();
    }

    @Test
    void twoHundredMegabyteJsonIsSkippedAsOversizedAndCounted() throws IOException {
        Path json = root.resolve("data/huge.json");
        Files.createDirectories(json.getParent());
        try (RandomAccessFile file = new RandomAccessFile(json.toFile(), "rw")) {
            file.write("{\"rows\": [".getBytes(StandardCharsets.US_ASCII));
            // sparse: the file system stores no blocks for the rest, so the test writes almost nothing
            file.setLength(200 * MIB);
        }

        TreeAudit audit = TreeAudit.of(root);

        assertEquals(List.of("data/huge.json: skipped: 200.0 MB is over the 2.0 MB limit"), audit.warnings());
        assertEquals(1, audit.skipped());
        audit.assertOrdinaryServiceAudited();
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void writeMinifiedBundle(Path file, long size) throws IOException {
        byte[] chunk = ("var a=function(b){return b&&b.apiKey?fetch(\"/v1/\"+b.id,{method:\"POST\"}):null};"
                + "process.env.NODE_ENV;").getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        }
    }

    private static List<String> referencedNames(TreeAudit audit, String path) {
        List<String> names = new ArrayList<>();
        for (JsonNode variable : audit.json.get("environment").get("referenced")) {
            for (JsonNode location : variable.get("locations")) {
                if (location.get("path").asText().equals(path)) {
                    names.add(variable.get("name").asText());
                }
            }
        }
        return names;
    }

    private static int run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().readAllBytes();
        return process.waitFor();
    }
}
