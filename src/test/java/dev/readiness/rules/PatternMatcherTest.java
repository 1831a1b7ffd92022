package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.SourceFile;
import dev.readiness.facts.secrets.KeywordIndex;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import dev.readiness.scan.PathGlob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PatternMatcherTest {
    private static final FileEntry APP = new FileEntry("app/main.py", Path.of("app/main.py"), 10, Language.PYTHON,
            FileRole.SOURCE);
    private static final FileEntry TEST = new FileEntry("tests/test_main.py", Path.of("t"), 10, Language.PYTHON,
            FileRole.TEST);

    @Test
    void reportsEachMatchingLineOnceWithItsText() {
        PatternSpec spec = spec("debug\\s*=\\s*True", Set.of(FileRole.SOURCE), List.of());
        String text = "import os\napp = FastAPI(debug=True)  # debug=True\n\nrun(debug = True)\n";

        Map<String, List<Evidence>> hits = matcher(List.of(spec)).match(file(APP, text));

        assertEquals(Map.of("p", List.of(new Evidence("app/main.py", 2, "app = FastAPI(debug=True)  # debug=True"),
                new Evidence("app/main.py", 4, "run(debug = True)"))), hits);
    }

    @Test
    void reportsTheFirstTenMatchingLinesWhicheverAlternativeFindsThem() {
        PatternSpec spec = spec("alpha|beta", Set.of(FileRole.SOURCE), List.of());
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= 30; line++) {
            text.append(line <= 15 ? "beta " : "alpha ").append(line).append('\n');
        }

        List<Evidence> hits = matcher(List.of(spec)).match(file(APP, text.toString())).get("p");

        assertEquals(IntStream.rangeClosed(1, 10).boxed().toList(),
                hits.stream().map(Evidence::line).toList());
        assertEquals("beta 1", hits.get(0).snippet());
    }

    @Test
    void aSearchFromTheFirstPrefixStringStillFindsEveryMatchOfTheLine() {
        PatternSpec offset = spec("(?i)\\bOFFSET\\s+\\d", Set.of(FileRole.SOURCE), List.of());
        PatternSpec either = spec("(ab|abcd)x", Set.of(FileRole.SOURCE), List.of());
        String text = "preoffset 1; OFFSET 5\npreoffset 2\nzzabcdx\noffset x offset 9\n";

        assertEquals(List.of(1, 4), matcher(List.of(offset)).match(file(APP, text)).get("p").stream()
                .map(Evidence::line).toList());
        assertEquals(List.of(3), matcher(List.of(either)).match(file(APP, text)).get("p").stream()
                .map(Evidence::line).toList());
    }

    @Test
    void aMatchStartingWithLineBreaksIsReportedWhereItsTextStarts() {
        PatternSpec spec = multiline("\\n+class User");

        List<Evidence> hits = matcher(List.of(spec)).match(file(APP, "x = 1\n\n\nclass User:\n")).get("p");

        assertEquals(List.of(new Evidence("app/main.py", 4, "class User:")), hits);
    }

    @Test
    void respectsRolesAndFileGlobs() {
        PatternSpec onlySource = spec("stripe", Set.of(FileRole.SOURCE), List.of());
        PatternSpec onlyConfig = spec("stripe", Set.of(FileRole.SOURCE), List.of(PathGlob.compile("config/**")));

        assertTrue(matcher(List.of(onlySource)).match(file(TEST, "import stripe")).isEmpty());
        assertTrue(matcher(List.of(onlyConfig)).match(file(APP, "import stripe")).isEmpty());
    }

    @Test
    void aLinePatternDoesNotSeeAcrossLineBreaks() {
        String regex = "allow_origins\\s*=\\s*\\[\\s*\"\\*\"";
        String text = "app.add_middleware(\n    allow_origins=[\n        \"*\",\n    ],\n)\nallow_origins = [\"*\"]\n";

        List<Evidence> byLine = matcher(List.of(spec(regex, Set.of(FileRole.SOURCE), List.of())))
                .match(file(APP, text)).get("p");
        List<Evidence> whole = matcher(List.of(multiline(regex))).match(file(APP, text)).get("p");

        assertEquals(List.of(6), byLine.stream().map(Evidence::line).toList());
        assertEquals(List.of(2, 6), whole.stream().map(Evidence::line).toList());
    }

    @Test
    void lineAnchorsMatchAtEachLinesEndsEvenAfterCarriageReturns() {
        PatternSpec spec = spec("^DEBUG\\s*=\\s*True$", Set.of(FileRole.SOURCE), List.of());

        List<Evidence> hits = matcher(List.of(spec))
                .match(file(APP, "import os\r\nDEBUG = True\r\nNOT_DEBUG = True\r\n")).get("p");

        assertEquals(List.of(new Evidence("app/main.py", 2, "DEBUG = True")), hits);
    }

    @Test
    void onlyLinesHoldingTheRequiredLiteralAreReported() {
        PatternSpec spec = spec("(?i)\\bstripe\\.[\\w.]+\\(", Set.of(FileRole.SOURCE), List.of());
        String text = "x = 1\n".repeat(1_000) + "stripe.Charge.create(\nStripe.Customer.create(\n";

        List<Evidence> hits = matcher(List.of(spec)).match(file(APP, text)).get("p");

        assertEquals(List.of(1_001, 1_002), hits.stream().map(Evidence::line).toList());
    }

    @Test
    void pathologicalPatternOnATenMegabyteLineStaysLinear() {
        String line = "a".repeat(10_000_000);
        for (PatternSpec spec : List.of(spec("(a+)+b", Set.of(FileRole.SOURCE), List.of()), multiline("(a+)+b"))) {
            long started = System.nanoTime();
            Map<String, List<Evidence>> hits = matcher(List.of(spec)).match(file(APP, line));
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertTrue(hits.isEmpty());
            assertTrue(millis < 20_000, "RE2J must not backtrack: took " + millis + " ms");
        }
    }

    @Test
    void specsWrittenTheSameInSeveralRulesEachGetTheEvidence() {
        PatternSpec first = new PatternSpec("a.yml:1:1", Pattern.compile("multer"), List.of(), List.of(),
                Set.of(FileRole.SOURCE), Set.of(), "uploads", false);
        PatternSpec second = new PatternSpec("b.yml:9:5", Pattern.compile("multer"), List.of(), List.of(),
                Set.of(FileRole.SOURCE), Set.of(), "file uploads", false);
        PatternSpec elsewhere = new PatternSpec("c.yml:3:5", Pattern.compile("multer"),
                List.of(PathGlob.compile("lib/**")), List.of(), Set.of(FileRole.SOURCE), Set.of(), "uploads", false);

        Map<String, List<Evidence>> hits = matcher(List.of(first, second, elsewhere))
                .match(file(APP, "x = 1\nconst multer = require('multer')\n"));

        List<Evidence> line = List.of(new Evidence("app/main.py", 2, "const multer = require('multer')"));
        assertEquals(Map.of("a.yml:1:1", line, "b.yml:9:5", line), hits);
    }

    /** A pattern matcher with the keyword pass an audit runs before it. */
    private record Matching(PatternMatcher matcher, KeywordIndex keywords) {
        Map<String, List<Evidence>> match(SourceFile file) {
            return matcher.match(file, keywords.scan(file.text()));
        }
    }

    private static Matching matcher(List<PatternSpec> specs) {
        PatternMatcher matcher = new PatternMatcher(specs);
        return new Matching(matcher, new KeywordIndex(matcher.keywordGroups()));
    }

    private static SourceFile file(FileEntry entry, String text) {
        return new SourceFile(entry, text);
    }

    private static PatternSpec spec(String regex, Set<FileRole> roles, List<PathGlob> files) {
        return new PatternSpec("p", Pattern.compile(regex), files, List.of(), roles, Set.of(), "about", false);
    }

    private static PatternSpec multiline(String regex) {
        return new PatternSpec("p", Pattern.compile(regex), List.of(), List.of(), Set.of(FileRole.SOURCE), Set.of(),
                "about", true);
    }
}
