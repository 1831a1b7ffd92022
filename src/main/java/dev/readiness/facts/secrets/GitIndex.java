package dev.readiness.facts.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The paths git tracks, read straight from {@code .git/index} (versions 2, 3 and 4 of the format in
 * git's Documentation/gitformat-index.txt) without running git. Only the path of each entry is kept.
 */
final class GitIndex {
    private static final int SIGNATURE = 0x44495243; // "DIRC"
    /** ctime, mtime, dev, ino, mode, uid, gid, size: ten 32-bit fields before the object id. */
    private static final int STAT_BYTES = 40;
    private static final int SHA1_BYTES = 20;
    private static final int EXTENDED_FLAG = 0x4000;

    private GitIndex() {
    }

    /**
     * The tracked paths of the repository rooted at {@code root}; empty when it has no {@code .git}.
     *
     * @throws IOException when the index exists but cannot be read or is not in a known format
     */
    static List<String> trackedPaths(Path root) throws IOException {
        Optional<Path> index = indexFile(root);
        return index.isEmpty() ? List.of() : parse(Files.readAllBytes(index.get()));
    }

    /** {@code .git} is a folder, or in a worktree or submodule a file saying {@code gitdir: PATH}. */
    private static Optional<Path> indexFile(Path root) throws IOException {
        Path dotGit = root.resolve(".git");
        Path gitDir;
        if (Files.isDirectory(dotGit)) {
            gitDir = dotGit;
        } else if (Files.isRegularFile(dotGit)) {
            String pointer = Files.readString(dotGit, StandardCharsets.UTF_8).strip();
            if (!pointer.startsWith("gitdir:")) {
                throw new IOException(".git is a file but does not say 'gitdir:'");
            }
            gitDir = root.resolve(pointer.substring("gitdir:".length()).strip());
        } else {
            return Optional.empty();
        }
        Path index = gitDir.resolve("index");
        return Files.isRegularFile(index) ? Optional.of(index) : Optional.empty();
    }

    static List<String> parse(byte[] bytes) throws IOException {
        Reader in = new Reader(bytes);
        if (bytes.length < 12 || in.int32() != SIGNATURE) {
            throw new IOException("the git index does not start with DIRC");
        }
        int version = in.int32();
        if (version < 2 || version > 4) {
            throw new IOException("git index version " + version + " is not supported");
        }
        int entries = in.int32();
        List<String> paths = new ArrayList<>(Math.max(0, Math.min(entries, bytes.length / 62)));
        String previous = "";
        for (int i = 0; i < entries; i++) {
            int entryStart = in.position;
            in.skip(STAT_BYTES + SHA1_BYTES);
            int flags = in.int16();
            if (version >= 3 && (flags & EXTENDED_FLAG) != 0) {
                in.skip(2);
            }
            String path;
            if (version == 4) {
                int strip = in.offsetVarint();
                if (strip > previous.length()) {
                    throw new IOException("git index entry " + i + " strips more than the previous path");
                }
                path = previous.substring(0, previous.length() - strip) + in.nulTerminated();
            } else {
                path = in.nulTerminated();
                // Entries are padded with 1 to 8 NULs to a multiple of 8 bytes; the path's NUL is the first.
                int length = in.position - entryStart;
                in.skip((8 - length % 8) % 8);
            }
            paths.add(path);
            previous = path;
        }
        return paths;
    }

    /** Big-endian reads that fail with an IOException, not an index exception, past the end. */
    private static final class Reader {
        private final byte[] bytes;
        private int position;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int int32() throws IOException {
            require(4);
            int value = ((bytes[position] & 0xff) << 24) | ((bytes[position + 1] & 0xff) << 16)
                    | ((bytes[position + 2] & 0xff) << 8) | (bytes[position + 3] & 0xff);
            position += 4;
            return value;
        }

        int int16() throws IOException {
            require(2);
            int value = ((bytes[position] & 0xff) << 8) | (bytes[position + 1] & 0xff);
            position += 2;
            return value;
        }

        void skip(int count) throws IOException {
            require(count);
            position += count;
        }

        /** Git's offset varint: each continuation adds one before shifting, so encodings are unique. */
        int offsetVarint() throws IOException {
            require(1);
            int c = bytes[position++] & 0xff;
            long value = c & 0x7f;
            while ((c & 0x80) != 0) {
                require(1);
                c = bytes[position++] & 0xff;
                value = ((value + 1) << 7) | (c & 0x7f);
                if (value > Integer.MAX_VALUE) {
                    throw new IOException("git index varint overflows");
                }
            }
            return (int) value;
        }

        String nulTerminated() throws IOException {
            int end = position;
            while (end < bytes.length && bytes[end] != 0) {
                end++;
            }
            if (end == bytes.length) {
                throw new IOException("git index path runs past the end of the file");
            }
            String text = new String(bytes, position, end - position, StandardCharsets.UTF_8);
            position = end + 1;
            return text;
        }

        private void require(int count) throws IOException {
            if (count < 0 || position + count > bytes.length) {
                throw new IOException("git index is truncated at byte " + position);
            }
        }
    }
}
