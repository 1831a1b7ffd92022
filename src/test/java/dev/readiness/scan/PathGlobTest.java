package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PathGlobTest {

    private static final List<String> PATHS = List.of(
            "Dockerfile", "app/Dockerfile", "Dockerfile.prod", "schema.sql", "db/init/schema.sql", ".sql",
            "billing", "billing/plan.py", "src/billing/stripe/client.py", "src/billing.py", "a/b", "a/x/b",
            "a/x/y/b", "a/bb", "ab", "x/a/b", "a", "a/c.txt", "x.txt", "src/x.txt", "file1.txt", "file12.txt",
            "filea.txt", "fileB.txt", "f[1].txt", "#notes", "*star", "a?c", "abc", "a/c");

    static Stream<Arguments> cases() {
        return Stream.of(
                // No slash: the file name at any depth.
                Arguments.of("Dockerfile", List.of("Dockerfile", "app/Dockerfile")),
                Arguments.of("*.sql", List.of("schema.sql", "db/init/schema.sql", ".sql")),
                Arguments.of("billing", List.of("billing")),
                // A slash anchors at the root; a leading one is dropped.
                Arguments.of("a/b", List.of("a/b")),
                Arguments.of("/a/b", List.of("a/b")),
                Arguments.of("/x.txt", List.of("x.txt")),
                Arguments.of("a/*", List.of("a/b", "a/bb", "a/c.txt", "a/c")),
                // ** crosses folders.
                Arguments.of("**/billing/**", List.of("billing/plan.py", "src/billing/stripe/client.py")),
                Arguments.of("**/b", List.of("a/b", "a/x/b", "a/x/y/b", "x/a/b")),
                Arguments.of("**/x.txt", List.of("x.txt", "src/x.txt")),
                Arguments.of("a/**", List.of("a/b", "a/x/b", "a/x/y/b", "a/bb", "a/c.txt", "a/c")),
                Arguments.of("a/**/b", List.of("a/b", "a/x/b", "a/x/y/b")),
                Arguments.of("a/**/**/b", List.of("a/b", "a/x/b", "a/x/y/b")),
                Arguments.of("**", PATHS),
                // * and ? stay within one segment; ** inside a segment is a plain *.
                Arguments.of("a*", List.of("ab", "a", "a?c", "abc")),
                Arguments.of("a**", List.of("ab", "a", "a?c", "abc")),
                Arguments.of("a/**b", List.of("a/b", "a/bb")),
                Arguments.of("*/b", List.of("a/b")),
                Arguments.of("a?c", List.of("a?c", "abc")),
                Arguments.of("a/?", List.of("a/b", "a/c")),
                // Character classes.
                Arguments.of("file[0-9].txt", List.of("file1.txt")),
                Arguments.of("file[!0-9].txt", List.of("filea.txt", "fileB.txt")),
                Arguments.of("file[^0-9].txt", List.of("filea.txt", "fileB.txt")),
                Arguments.of("file[aB].txt", List.of("filea.txt", "fileB.txt")),
                Arguments.of("file[0-9][0-9].txt", List.of("file12.txt")),
                // Escapes and unclosed brackets are literal.
                Arguments.of("a\\?c", List.of("a?c")),
                Arguments.of("\\*star", List.of("*star")),
                Arguments.of("\\#notes", List.of("#notes")),
                Arguments.of("f[1].txt", List.of()),
                Arguments.of("f\\[1].txt", List.of("f[1].txt")),
                Arguments.of("f[1.txt", List.of()),
                // Case-sensitive.
                Arguments.of("dockerfile", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesExactlyTheseFiles(String glob, List<String> expected) {
        PathGlob compiled = PathGlob.compile(glob);
        List<String> matched = PATHS.stream().filter(compiled::matches).toList();
        assertEquals(expected, matched);
    }

    @Test
    void classesMatchBracketAndDashMembers() {
        assertTrue(PathGlob.compile("[]a]").matches("]"));
        assertTrue(PathGlob.compile("[!]a]").matches("b"));
        assertFalse(PathGlob.compile("[!]a]").matches("]"));
        assertTrue(PathGlob.compile("[a-]").matches("-"));
        assertTrue(PathGlob.compile("[\\]]").matches("]"));
        assertTrue(PathGlob.compile("f[1.txt").matches("f[1.txt"));
    }

    @Test
    void starBacktracksOverRepeatedText() {
        PathGlob glob = PathGlob.compile("*ab*ab*.txt");
        assertTrue(glob.matches("aabaabab.txt"));
        assertFalse(glob.matches("aabaa.txt"));
    }

    @Test
    void trailingSlashMatchesDirectoriesOnly() {
        PathGlob build = PathGlob.compile("build/");
        assertFalse(build.matches("build"));
        assertTrue(build.matchesDirectory("build"));
        assertTrue(build.matchesDirectory("app/build"));
        PathGlob anchored = PathGlob.compile("/app/build/");
        assertTrue(anchored.matchesDirectory("app/build"));
        assertFalse(anchored.matchesDirectory("x/app/build"));
    }

    @Test
    void globWithoutTrailingSlashMatchesDirectoriesToo() {
        assertTrue(PathGlob.compile("node_modules").matchesDirectory("web/node_modules"));
        assertTrue(PathGlob.compile("**/billing/**").matchesDirectory("src/billing/stripe"));
        assertFalse(PathGlob.compile("a/**").matchesDirectory("a"));
    }

    @Test
    void emptyGlobsMatchNothing() {
        for (String glob : List.of("", "/", "//")) {
            PathGlob compiled = PathGlob.compile(glob);
            assertEquals(List.of(), PATHS.stream().filter(compiled::matches).toList(), glob);
            assertFalse(compiled.matchesDirectory("a"), glob);
            assertTrue(compiled.matchesNothing(), glob);
        }
        assertFalse(PathGlob.compile("a").matchesNothing());
    }

    @Test
    void matchesFromAnOffsetAsIfTheRestWereThePath() {
        assertTrue(PathGlob.compile("/x.txt").matches("sub/x.txt", 4, false));
        assertFalse(PathGlob.compile("/x.txt").matches("sub/deeper/x.txt", 4, false));
        assertTrue(PathGlob.compile("deeper/*.txt").matches("sub/deeper/x.txt", 4, false));
        assertTrue(PathGlob.compile("*.txt").matches("sub/x.txt", 4, false));
    }

    @Test
    void toStringIsTheGlobAsWritten() {
        assertEquals("/a/**/b/", PathGlob.compile("/a/**/b/").toString());
    }
}
