package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadingPrefilterTest {
    private static final HeadingPrefilter BUNDLED = bundled();

    private static HeadingPrefilter bundled() {
        try {
            RuleSet rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
            return new HeadingPrefilter(rules.headings());
        } catch (YamlFileException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theBundledRulesLookForHeadings() throws YamlFileException {
        assertFalse(new RuleLoader(BuiltInChecks.all()).loadBundled().headings().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'# Changelog\n\n## 1.2.0\n- Fixed a crash in the parser\n'|false",
            "'# left-pad\n\nPads a string on the left.\n\n## Usage\n'|false",
            "'# Service\n\n## Deployment\n\nRun the pipeline.\n'|true",
            "'Operations\n==========\n'|true",
            "'# Service\n\n## ROLLBACK\n'|true",
            "'# Service\n\nWe deploy on Fridays.\n'|true"})
    void onlyTextsThatMayHoldAWantedHeadingAreWorthParsing(String markdown, boolean worth) {
        assertEquals(worth, BUNDLED.test(markdown));
    }

    @Test
    void everyRegexMayAdmitATextAndAllOfItsLiteralsAreNeeded() {
        HeadingPrefilter prefilter = new HeadingPrefilter(List.of(Pattern.compile("(?i)release\\s+notes"),
                Pattern.compile("(?i)\\bcontributing\\b")));
        assertTrue(prefilter.test("## Release notes"));
        assertTrue(prefilter.test("## Contributing"));
        assertFalse(prefilter.test("## Release"));
    }

    @Test
    void aRegexWithoutLiteralsMakesEveryTextWorthParsing() {
        HeadingPrefilter prefilter = new HeadingPrefilter(List.of(Pattern.compile("(?i)deploy"),
                Pattern.compile("^\\d+\\.\\d+")));
        assertTrue(prefilter.test("# Anything at all"));
    }

    @Test
    void withoutHeadingRegexesNothingIsWorthParsing() {
        assertFalse(new HeadingPrefilter(List.of()).test("# Deployment"));
    }
}
