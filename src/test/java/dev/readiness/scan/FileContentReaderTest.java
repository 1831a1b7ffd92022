package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileContentReaderTest {

    @TempDir
    Path root;

    private final FileContentReader reader = new FileContentReader(ScanOptions.defaults().maxFileBytes());

    private FileEntry entry(String name, byte[] content) throws IOException {
        Path file = Files.write(root.resolve(name), content);
        Language language = Language.fromFileName(name);
        return new FileEntry(name, file, content.length, language, FileRole.OTHER);
    }

    private static byte[] bytes(int... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int value : values) {
            out.write(value);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    @Test
    void readsUtf8Text() throws IOException {
        String text = "print('h\u00e9llo \u2713')\n";
        FileContent content = reader.read(entry("app.py", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new FileContent.Text(text, List.of()), content);
    }

    @Test
    void readsEmptyFile() throws IOException {
        assertEquals(new FileContent.Text("", List.of()), reader.read(entry("empty.py", new byte[0])));
    }

    @Test
    void stripsUtf8ByteOrderMark() throws IOException {
        byte[] content = concat(bytes(0xEF, 0xBB, 0xBF), "a=1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(new FileContent.Text("a=1\n", List.of()), reader.read(entry("app.ini", content)));
    }

    @Test
    void decodesUtf16LittleEndianWithByteOrderMark() throws IOException {
        String text = "stripe==7.0.0\r\nrequests>=2\r\n";
        byte[] content = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(new FileContent.Text(text, List.of(new ScanWarning("requirements.txt",
                "UTF-16LE text with a byte-order mark; decoded as such"))), reader.read(entry("requirements.txt", content)));
    }

    @Test
    void decodesUtf16BigEndianWithByteOrderMark() throws IOException {
        String text = "SECRET_KEY=x\n";
        byte[] content = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(new FileContent.Text(text, List.of(new ScanWarning("settings.ini",
                "UTF-16BE text with a byte-order mark; decoded as such"))), reader.read(entry("settings.ini", content)));
    }

    @Test
    void truncatedUtf16IsDecodedWithAWarning() throws IOException {
        byte[] content = concat(bytes(0xFF, 0xFE), bytes('a', 0, 'b'));
        assertEquals(new FileContent.Text("a\uFFFD", List.of(new ScanWarning("odd.txt",
                "invalid UTF-16; decoded with replacement characters"), new ScanWarning("odd.txt",
                "UTF-16LE text with a byte-order mark; decoded as such"))), reader.read(entry("odd.txt", content)));
    }

    @Test
    void nulByteInSourceFileIsSuspiciousBinary() throws IOException {
        FileContent content = reader.read(entry("payload.py", bytes('a', 0, 'b')));
        assertEquals(new FileContent.Skipped("binary",
                new ScanWarning("payload.py", "binary content in a file named as python; not read")), content);
    }

    @Test
    void nulByteInUnknownFileIsSilentBinary() throws IOException {
        assertEquals(new FileContent.Skipped("binary", null), reader.read(entry("blob", bytes('a', 0, 'b'))));
    }

    @Test
    void nulByteAfterTheFirst8000BytesDoesNotMakeABinary() throws IOException {
        byte[] content = concat("x".repeat(8000).getBytes(StandardCharsets.US_ASCII), bytes(0));
        assertEquals(new FileContent.Text("x".repeat(8000) + "\0", List.of()), reader.read(entry("late.txt", content)));
        byte[] early = concat("x".repeat(7999).getBytes(StandardCharsets.US_ASCII), bytes(0));
        assertEquals(new FileContent.Skipped("binary", new ScanWarning("early.txt",
                "binary content in a file named as text; not read")), reader.read(entry("early.txt", early)));
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndAWarning() throws IOException {
        byte[] content = bytes('c', 'a', 'f', 0xE9, '\n');
        assertEquals(new FileContent.Text("caf\uFFFD\n", List.of(new ScanWarning("latin1.md",
                "invalid UTF-8; decoded with replacement characters"))), reader.read(entry("latin1.md", content)));
    }

    @Test
    void aReplacementCharacterWrittenOnPurposeIsNoInvalidUtf8() throws IOException {
        FileContent.Text text = (FileContent.Text) reader.read(
                entry("notes.txt", "unknown glyph: \uFFFD\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("unknown glyph: \uFFFD\n", text.text());
        assertEquals(List.of(), text.warnings());
    }

    @ParameterizedTest
    @CsvSource({
            "abc, 3, 10, abc",          // as large as its attributes said
            "abc, 5, 10, abc",          // shrank since
            "abcdef, 3, 10, abcdef",    // grew since, still under the limit
            "abcdefghijklmno, 3, 10, abcdefghijk", // grew past the limit: the limit and one byte more
            "abcdefghijklmno, 20, 10, abcdefghijk",
            "'', 0, 10, ''"})
    void readsWhatTheFileHoldsWhateverItsSizeWasUpToOneByteOverTheLimit(String content, long size, long limit,
                                                                        String expected) throws IOException {
        byte[] read = FileContentReader.readUpToLimit(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)), size, limit);
        assertEquals(expected, new String(read, StandardCharsets.US_ASCII));
    }

    @Test
    void fileOverTheLimitIsSkipped() throws IOException {
        FileContentReader small = new FileContentReader(10);
        assertEquals(new FileContent.Text("0123456789", List.of()),
                small.read(entry("ten.txt", "0123456789".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(new FileContent.Skipped("too large", new ScanWarning("eleven.txt",
                        "skipped: 11 bytes is over the 10 bytes limit")),
                small.read(entry("eleven.txt", "0123456789A".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void missingFileIsSkippedWithAWarning() {
        FileEntry gone = new FileEntry("gone.py", root.resolve("gone.py"), 3, Language.PYTHON, FileRole.SOURCE);
        assertEquals(new FileContent.Skipped("unreadable", new ScanWarning("gone.py", "cannot read: no such file")),
                reader.read(gone));
    }

    @Test
    void linkIsNotFollowed() throws IOException {
        Files.writeString(root.resolve("real.py"), "x");
        Path link = Files.createSymbolicLink(root.resolve("link.py"), Path.of("real.py"));
        FileEntry entry = new FileEntry("link.py", link, 1, Language.PYTHON, FileRole.SOURCE);
        assertEquals(new FileContent.Skipped("not a regular file",
                new ScanWarning("link.py", "not a regular file; not read")), reader.read(entry));
    }

    @Test
    void fifoIsNeverOpened() throws Exception {
        Path fifo = root.resolve("pipe.py");
        assumeTrue(RepositoryWalkerTest.makeFifo(fifo), "mkfifo is not available");
        FileEntry entry = new FileEntry("pipe.py", fifo, 0, Language.PYTHON, FileRole.SOURCE);
        FileContent content = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(entry));
        assertEquals(new FileContent.Skipped("not a regular file",
                new ScanWarning("pipe.py", "not a regular file; not read")), content);
    }
}
