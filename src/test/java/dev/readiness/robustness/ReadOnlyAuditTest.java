package dev.readiness.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit never writes to its target: every entry's content, link target and mtime are the same afterwards. */
class ReadOnlyAuditTest {

    @TempDir
    Path root;

    @Test
    void auditChangesAndCreatesNothingInTheTarget() throws Exception {
        TreeAudit.writeOrdinaryService(root);
        Files.writeString(root.resolve(".env"), "SECRET_KEY=hunter2\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve(".gitignore"), "*.log\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("debug.log"), "ignored\n", StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("node"));
        Files.writeString(root.resolve("node/package.json"), "{\"dependencies\": {\"express\": \"^4", StandardCharsets.UTF_8);
        Files.createSymbolicLink(root.resolve("loop"), Path.of("loop"));
        Files.createSymbolicLink(root.resolve("main-link.py"), Path.of("service/app/main.py"));
        Map<String, String> before = snapshot(root);

        TreeAudit audit = TreeAudit.of(root);

        audit.assertOrdinaryServiceAudited();
        assertEquals(before, snapshot(root));
    }

    /** Every path under the root, links not followed, with what it is, its content hash or link target, and mtime. */
    private static Map<String, String> snapshot(Path root) throws IOException, NoSuchAlgorithmException {
        Map<String, String> entries = new TreeMap<>();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String what;
                if (attributes.isSymbolicLink()) {
                    what = "link to " + Files.readSymbolicLink(path);
                } else if (attributes.isRegularFile()) {
                    what = "file " + HexFormat.of().formatHex(sha256.digest(Files.readAllBytes(path)));
                } else {
                    what = attributes.isDirectory() ? "folder" : "other";
                }
                entries.put(root.relativize(path).toString(), what + " modified " + attributes.lastModifiedTime());
            }
        }
        return entries;
    }
}
