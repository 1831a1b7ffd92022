package dev.readiness.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a walked file as text. The bytes are read once; a byte-order mark decides between UTF-8 and UTF-16,
 * anything else must be UTF-8. Never throws: every failure comes back as {@link FileContent.Skipped}.
 */
public final class FileContentReader {

    /** As git and grep do, a NUL byte this close to the start means the file is binary. */
    private static final int BINARY_SNIFF_BYTES = 8000;
    private static final char REPLACEMENT = '\uFFFD';
    /** The largest array the JVM reliably allocates. */
    private static final int MAX_READABLE_BYTES = Integer.MAX_VALUE - 8;

    private final long maxFileBytes;

    public FileContentReader(long maxFileBytes) {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = Math.min(maxFileBytes, MAX_READABLE_BYTES);
    }

    public FileContent read(FileEntry entry) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry.absolute(), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            // Checked again because the file may have changed since the walk, and opening a FIFO would block.
            if (!attributes.isRegularFile()) {
                return skipped(entry, "not a regular file", "not a regular file; not read");
            }
            if (attributes.size() > maxFileBytes) {
                return oversized(entry, ScanMessages.overLimit(attributes.size(), maxFileBytes));
            }
            try (InputStream in = Files.newInputStream(entry.absolute(), LinkOption.NOFOLLOW_LINKS)) {
                bytes = readUpToLimit(in, attributes.size(), maxFileBytes);
            }
        } catch (IOException e) {
            return skipped(entry, "unreadable", "cannot read: " + ScanMessages.describe(e));
        }
        if (bytes.length > maxFileBytes) {
            return oversized(entry, "skipped: grew over the " + new ByteSize(maxFileBytes) + " limit while read");
        }
        return decode(entry, bytes);
    }

    /**
     * The stream's bytes, or the limit's worth and one more when it holds more: read into an array of the size
     * the file's attributes gave, so the usual file is read with no copy, and on to the limit if it has grown
     * since. {@code limit} is below {@link #MAX_READABLE_BYTES}.
     */
    static byte[] readUpToLimit(InputStream in, long size, long limit) throws IOException {
        byte[] expected = new byte[(int) Math.min(size, limit)];
        int read = in.readNBytes(expected, 0, expected.length);
        if (read < expected.length) {
            return Arrays.copyOf(expected, read);
        }
        int next = in.read();
        if (next < 0) {
            return expected;
        }
        byte[] rest = in.readNBytes((int) (limit - expected.length));
        byte[] all = Arrays.copyOf(expected, expected.length + 1 + rest.length);
        all[expected.length] = (byte) next;
        System.arraycopy(rest, 0, all, expected.length + 1, rest.length);
        return all;
    }

    private FileContent decode(FileEntry entry, byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return text(entry, bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(entry, bytes, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(entry, bytes, StandardCharsets.UTF_16BE);
        }
        if (hasNulNearStart(bytes)) {
            // A binary named like text (a .py holding NULs) is worth a look; a binary named as such is not.
            ScanWarning warning = entry.language() == Language.OTHER ? null : new ScanWarning(entry.path(),
                    "binary content in a file named as " + entry.language().id() + "; not read");
            return new FileContent.Skipped("binary", warning);
        }
        return text(entry, bytes, 0, StandardCharsets.UTF_8);
    }

    /**
     * Decoded, but still warned about: pip, npm and most linters read such a file as garbage, so the user should
     * know the tool that installs from it may not see what the report shows.
     */
    private static FileContent utf16(FileEntry entry, byte[] bytes, Charset charset) {
        FileContent.Text decoded = (FileContent.Text) text(entry, bytes, 2, charset);
        List<ScanWarning> warnings = new ArrayList<>(decoded.warnings());
        warnings.add(new ScanWarning(entry.path(), charset.name() + " text with a byte-order mark; decoded as such"));
        return new FileContent.Text(decoded.text(), warnings);
    }

    /**
     * Decoding replaces each malformed sequence with U+FFFD, so a text without that character was valid as it
     * stands; only one holding it (rarely written on purpose) is decoded again, strictly, to tell which it is.
     * The usual ASCII file is thereby copied once, where a strict decoder went through a char buffer.
     */
    private static FileContent text(FileEntry entry, byte[] bytes, int offset, Charset charset) {
        String decoded = new String(bytes, offset, bytes.length - offset, charset);
        if (decoded.indexOf(REPLACEMENT) < 0 || isValid(bytes, offset, charset)) {
            return new FileContent.Text(decoded, List.of());
        }
        String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "UTF-16";
        return new FileContent.Text(decoded, List.of(new ScanWarning(entry.path(),
                "invalid " + encoding + "; decoded with replacement characters")));
    }

    private static boolean isValid(byte[] bytes, int offset, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNulNearStart(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static FileContent skipped(FileEntry entry, String reason, String message) {
        return new FileContent.Skipped(reason, new ScanWarning(entry.path(), message));
    }

    private static FileContent oversized(FileEntry entry, String message) {
        return skipped(entry, "too large", message);
    }
}
