package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A Java file that names nothing the readers after its imports look for is masked only up to its last import.
 * The tests below hold the extractor to what masking every file whole and running every reader finds.
 */
class JavaHeadMaskingTest {
    /** Every so many entries of the JDK's sources: about 1,500 files of every style the JDK has. */
    private static final int JDK_SAMPLE_STEP = 10;
    private final JavaSourceExtractor extractor = new JavaSourceExtractor();

    @Test
    void factsFromTheHeadAreThoseOfTheWholeFileOnTheFixtureSources() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/fixtures"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(files.size() >= 10, () -> "too few fixture sources: " + files.size());
        for (Path file : files) {
            assertSameFacts(file.toString(), Files.readString(file));
        }
    }

    @Test
    void factsFromTheHeadAreThoseOfTheWholeFileOnTheJdkSources() throws IOException {
        Optional<Path> found = jdkSources();
        assumeTrue(found.isPresent(), "no JDK here has lib/src.zip (Debian: openjdk-17-source)");
        Path sources = found.get();
        int compared = 0;
        int headOnly = 0;
        try (ZipFile zip = new ZipFile(sources.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().filter(e -> e.getName().endsWith(".java")).toList();
            for (int i = 0; i < entries.size(); i += JDK_SAMPLE_STEP) {
                String text;
                try (InputStream in = zip.getInputStream(entries.get(i))) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                assertSameFacts(entries.get(i).getName(), text);
                compared++;
                headOnly += namesNothingAfterImports(text) ? 1 : 0;
            }
        }
        assertTrue(compared > 1000, "compared " + compared);
        // the JDK reads few environment variables and holds little SQL: most of it must take the short way
        assertTrue(headOnly > compared / 2, headOnly + " of " + compared + " masked to their head only");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'import a.B;\nclass R { String q = \"SELECT id FROM orders\"; }'",
            "'import a.B;\nclass R { String q = \"\"\"\n    delete from carts\"\"\"; }'",
            "'import a.B;\nclass R { String q = \"\" + \"(select 1 from\" + \" users)\"; }'",
            "'import a.B;\nclass C { String k = System.getenv(\"API_KEY\"); }'",
            "'import a.B;\nclass C { @Value(\"${DB_URL}\") String url; }'",
            "'import a.B;\nclass C { String p(Environment env) { return env.getProperty(\"PORT\"); } }'"})
    void eachReaderAfterTheImportsStillFindsItsFacts(String text) {
        assertSameFacts("R.java", text);
        assertTrue(describe(Extraction.run(extractor, "src/main/java/R.java", text)).size() > 1, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'class A { String s = \"x\"; }'|0",
            "'import a.B;\nclass A {}'|11",
            "'import a.B;\nimport c.D;\nclass A { int important; }'|23",
            "'/* x */import a.B;\nclass A {}'|18",
            "'import a.B;\n/** see import x.Y; */\nclass A {}'|31",
            "'import a.B;\nclass A { int reimport; }'|11",
            "'import a'|8"})
    void theHeadEndsAfterTheLastStatementThatMayBeAnImport(String text, int end) {
        assertEquals(end, JavaImports.headerEnd(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'String q = \"select id from t\";'|true",
            "'String q = \"  ( SELECT 1\";'|true",
            "'String q = \"\"\"\n    DELETE FROM t\"\"\";'|true",
            "'String q = \"selection\";'|false",
            "'void select(String s) { update(\"name\"); }'|false"})
    void aQuoteFollowedByAStatementWordMayStartSql(String text, boolean may) {
        assertEquals(may, JavaQueries.mayRead(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "SELECT id FROM t|true",
            "'  ( select 1'|true",
            "'\t\nWITH x AS (SELECT 1)'|true",
            "Select a plan|false",
            "selection|false",
            "SELECTED|false",
            "select_all|false",
            "update2|false",
            "'( ( select 1'|false",
            "''|false",
            "merge into t|true"})
    void aStatementStartsWithAStatementWordWrittenInOneCase(String text, boolean starts) {
        assertEquals(starts, SqlTables.mayStartQuery(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'@Value(\"${A}\") String a;'|true",
            "'@ org.x.Value(\"${A}\") String a;'|true",
            "'/**/Value'|true",
            "'x.getValue(); ValueSet v; myValue = 1;'|false"})
    void annotationNamesCountAsWholeWordsOnly(String text, boolean found) {
        assertEquals(found, JavaMarkers.hasWord(text, Set.of("Value", "Property")));
    }

    /** The running JDK's sources, or any other installed JDK's, as bench/run.sh looks for them. */
    private static Optional<Path> jdkSources() throws IOException {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home"), "lib", "src.zip"));
        Path installed = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(installed)) {
            try (Stream<Path> jdks = Files.list(installed)) {
                jdks.sorted().map(jdk -> jdk.resolve("lib/src.zip")).forEach(candidates::add);
            }
        }
        return candidates.stream().filter(Files::isRegularFile).findFirst();
    }

    private static boolean namesNothingAfterImports(String text) {
        return !JavaEnvReads.mayRead(text) && !JavaQueries.mayRead(text) && !JavaTables.mayName(text);
    }

    private void assertSameFacts(String name, String text) {
        FileFacts found = Extraction.run(extractor, "src/main/java/" + name, text);
        MaskedSource whole = Lexer.mask(text, Syntax.of(dev.readiness.scan.Language.JAVA).orElseThrow());
        FileFacts expected = new FileFacts(name);
        new JavaImports().read(whole, expected);
        JavaEnvReads.read(whole, expected);
        JavaQueries.read(whole, expected);
        assertEquals(describe(expected), describe(found), name);
    }

    private static List<String> describe(FileFacts facts) {
        List<String> all = new ArrayList<>();
        facts.imports().forEach(i -> all.add("import " + i.module() + ":" + i.line()));
        facts.envReferences().forEach(e -> all.add("env " + e.name() + ":" + e.line()));
        facts.tablesReferenced().forEach(t -> all.add("uses " + t.qualifiedName() + ":" + t.line()));
        facts.tablesDefined().forEach(t -> all.add("creates " + t.qualifiedName() + ":" + t.line()));
        return all;
    }
}
