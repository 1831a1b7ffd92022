package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each expectation was checked with {@code git status --ignored} on the same patterns and paths. */
class GitignoreRulesTest {

    private static GitignoreRules root(String... lines) {
        return GitignoreRules.none().with("", String.join("\n", lines) + "\n");
    }

    @Test
    void patternWithoutSlashMatchesNameAtAnyDepth() {
        GitignoreRules rules = root("*.log");
        assertTrue(rules.isIgnored("a.log", false));
        assertTrue(rules.isIgnored("sub/deep/b.log", false));
        assertFalse(rules.isIgnored("a.log.txt", false));
    }

    @Test
    void leadingSlashAnchorsAtTheFolderOfTheFile() {
        GitignoreRules rules = root("/root-only.txt");
        assertTrue(rules.isIgnored("root-only.txt", false));
        assertFalse(rules.isIgnored("sub/root-only.txt", false));
    }

    @Test
    void middleSlashAnchorsToo() {
        GitignoreRules rules = root("doc/frotz");
        assertTrue(rules.isIgnored("doc/frotz", false));
        assertFalse(rules.isIgnored("sub/doc/frotz", false));
    }

    @Test
    void trailingSlashMatchesDirectoriesOnly() {
        GitignoreRules rules = root("build/");
        assertTrue(rules.isIgnored("build", true));
        assertTrue(rules.isIgnored("sub/build", true));
        assertFalse(rules.isIgnored("build2/build", false));
    }

    @Test
    void negationReIncludes() {
        GitignoreRules rules = root("*.log", "!keep.log");
        assertTrue(rules.isIgnored("a.log", false));
        assertFalse(rules.isIgnored("keep.log", false));
        assertEquals(GitignoreRules.Verdict.INCLUDED, rules.verdict("keep.log", false));
        assertEquals(GitignoreRules.Verdict.UNMATCHED, rules.verdict("readme.md", false));
    }

    @Test
    void lastMatchingPatternWins() {
        GitignoreRules rules = root("!x.tmp", "*.tmp");
        assertTrue(rules.isIgnored("x.tmp", false));
        assertTrue(rules.isIgnored("y.tmp", false));
    }

    @Test
    void commentsAndBlankLinesAreNotPatterns() {
        GitignoreRules rules = root("# comment", "", "   ", "#*.md");
        assertFalse(rules.isIgnored("# comment", false));
        assertFalse(rules.isIgnored("readme.md", false));
        assertSame(GitignoreRules.none(), GitignoreRules.none().with("", "# only a comment\n\n"));
    }

    @Test
    void escapedHashIsALiteralHash() {
        GitignoreRules rules = root("\\#hash");
        assertTrue(rules.isIgnored("#hash", false));
        assertFalse(rules.isIgnored("hash", false));
    }

    @Test
    void escapedBangIsALiteralBangNotANegation() {
        GitignoreRules rules = root("\\!bang");
        assertTrue(rules.isIgnored("!bang", false));
        assertFalse(rules.isIgnored("bang", false));
    }

    @Test
    void trailingSpacesAreTrimmed() {
        GitignoreRules rules = root("trail   ");
        assertTrue(rules.isIgnored("trail", false));
        assertFalse(rules.isIgnored("trail   ", false));
    }

    @Test
    void escapedTrailingSpaceIsKept() {
        GitignoreRules rules = root("space\\ ", "two\\    ");
        assertTrue(rules.isIgnored("space ", false));
        assertFalse(rules.isIgnored("space", false));
        assertTrue(rules.isIgnored("two ", false));
        assertFalse(rules.isIgnored("two    ", false));
    }

    @Test
    void crlfLineEndingsAndByteOrderMarkAreHandled() {
        GitignoreRules rules = GitignoreRules.none().with("", "\uFEFF*.bom\r\nx\r\n*.crlf\r\n");
        assertTrue(rules.isIgnored("a.bom", false));
        assertTrue(rules.isIgnored("x", false));
        assertTrue(rules.isIgnored("f.crlf", false));
    }

    @Test
    void doubleStarForms() {
        GitignoreRules rules = root("**/deep", "a/**/b", "out/**");
        assertTrue(rules.isIgnored("deep", false));
        assertTrue(rules.isIgnored("q/r/deep", false));
        assertTrue(rules.isIgnored("a/b", false));
        assertTrue(rules.isIgnored("a/x/y/b", false));
        assertFalse(rules.isIgnored("ab", false));
        assertTrue(rules.isIgnored("out/o/z", false));
        assertFalse(rules.isIgnored("out", true));
    }

    @Test
    void contentOfAFolderCanBeExcludedWithExceptions() {
        GitignoreRules rules = root("cache/*", "!cache/keep.txt");
        assertTrue(rules.isIgnored("cache/y", false));
        assertFalse(rules.isIgnored("cache/keep.txt", false));
        assertFalse(rules.isIgnored("cache", true));
    }

    @Test
    void nestedFileAppliesRelativeToItsFolderAndOverridesParents() {
        GitignoreRules rules = root("*.tmp", "/x.txt")
                .with("sub", "/x.txt\n!keep.tmp\nlocal/\n");
        assertTrue(rules.isIgnored("x.txt", false));
        assertTrue(rules.isIgnored("sub/x.txt", false));
        assertFalse(rules.isIgnored("sub/deeper/x.txt", false));
        assertTrue(rules.isIgnored("sub/a.tmp", false));
        assertFalse(rules.isIgnored("sub/keep.tmp", false));
        assertFalse(rules.isIgnored("sub/deeper/keep.tmp", false));
        assertTrue(rules.isIgnored("keep.tmp", false));
        assertTrue(rules.isIgnored("sub/deeper/local", true));
        assertFalse(rules.isIgnored("local", true));
        assertFalse(rules.isIgnored("subway/x.txt", false));
    }

    @Test
    void bareNegationAndBareSlashAreNotPatterns() {
        assertSame(GitignoreRules.none(), GitignoreRules.none().with("", "!\n/\n"));
    }
}
