package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredLiteralsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "stripe;stripe",
            "(?i)\\bStripe\\b;stripe",
            "debug\\s*=\\s*True;debug & true",
            "(sendgrid|@sendgrid/mail|postmark);sendgrid @sendgrid/mail postmark",
            "rate[_-]?limit;limit & rate",
            "throttl(e|ing);throttle throttling",
            "ddl-auto\\s*[=:]\\s*(update|create);ddl-auto & update create",
            "schemas?\\.py;schemas.py schema.py",
            "[a-z]{3,}_KEY;_key",
            "x{2}yz\\.conf;xxyz.conf",
            "[\"']0{8}-0{4};00000000-0000",
            "(ab){2,}c;abab",
            "(a|b){2}xyz;aaxyz abxyz baxyz bbxyz",
            "(?im)^[ \\t]*(export\\s+)?class\\s+(User|AppUser|Account)\\b;class & user appuser account",
            "\\b(as|instanceof)\\s+File\\b;file",
            "a\\s+bcd\\s+efgh\\s+ijklm\\s+nopqrs;nopqrs & ijklm & efgh",
            // one set per branch, joined: the most selective of each, then the next, each branch's last reused
            "(export\\s+const\\s+handler\\s*=\\s*event|exports\\.handler\\s*=);"
                    + "handler exports.handler & export exports.handler & const exports.handler"})
    void findsTheSetsOfLiteralsEveryMatchContainsOneOfEach(String regex, String expected) {
        List<Set<String>> sets = Arrays.stream(expected.split(" & ")).map(set -> Set.of(set.split(" "))).toList();
        assertEquals(Optional.of(sets), RequiredLiterals.of(regex));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"\\w+\\(\\);", "(foo)?bar?;", "(stripe|\\d+);",
            "ab;", "\\Qstripe\\E;"})
    void saysNothingWhenAMatchNeedsNoLiteralOfThreeCharacters(String regex) {
        assertEquals(Optional.empty(), RequiredLiterals.of(regex));
    }

    @Test
    void keepsEveryBranchOfALongAlternation() {
        String regex = IntStream.range(0, 100).mapToObj(i -> "word" + i).collect(Collectors.joining("|"));
        assertEquals(100, RequiredLiterals.of(regex).orElseThrow().get(0).size());
    }

    /**
     * Soundness on real input: wherever a bundled pattern matches a fixture file, the matched text holds a
     * string of each of its sets, so the prefilter never hides a match.
     */
    @Test
    void neverRejectsAFileTheRegexMatches() throws IOException, YamlFileException {
        RuleSet rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
        List<String> texts = fixtureTexts();
        int checked = 0;
        List<String> unsound = new ArrayList<>();
        for (PatternSpec spec : rules.patterns()) {
            Optional<List<Set<String>>> literals = RequiredLiterals.of(spec.regex().pattern());
            if (literals.isEmpty()) {
                continue;
            }
            for (String text : texts) {
                Matcher matcher = spec.regex().matcher(text);
                while (matcher.find()) {
                    checked++;
                    String lower = matcher.group().toLowerCase(Locale.ROOT);
                    for (Set<String> set : literals.get()) {
                        if (set.stream().noneMatch(lower::contains)) {
                            unsound.add(spec.id() + " " + set + " in '" + matcher.group() + "'");
                        }
                    }
                }
            }
        }
        assertTrue(unsound.isEmpty(), "literals missing where the regex matched: " + unsound);
        assertTrue(checked > 100, "the fixtures exercise the patterns: " + checked + " matches checked");
    }

    @Test
    void aRegexThatCannotBeParsedIsNeverPrefiltered() {
        assertEquals(Optional.empty(), RequiredLiterals.of("(unbalanced"));
    }

    @Test
    void aMalformedRepetitionIsLiteralTextAsInRe2() {
        assertTrue(Pattern.compile("a{,3}b").matcher("xa{,3}b").find());
        assertEquals(Optional.of(List.of(Set.of("a{,3}b"))), RequiredLiterals.of("a{,3}b"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "(?i)\\bOFFSET\\s+[:?$\\d];offset",
            "\\.limit\\(;.limit(",
            "(secret|signing)_key;secret_key signing_key",
            "(?i)(sendgrid|postmark)\\b;sendgrid postmark",
            "(foo)?bar;foobar bar",
            "^import\\s;import"})
    void findsTheStringsEveryMatchBeginsWith(String regex, String expected) {
        assertEquals(Optional.of(Set.of(expected.split(" "))), RequiredLiterals.prefix(regex));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"[a-z]+foo;", "a|b;", "^\\s*import;", "x*abc;", "(unbalanced;", "(a|b;"})
    void knowsNoBeginningWhenAMatchMayStartAnywhereElse(String regex) {
        assertEquals(Optional.empty(), RequiredLiterals.prefix(regex));
    }

    /** Soundness on real input: every match of a bundled pattern's branch on the fixtures begins with its prefix. */
    @Test
    void everyMatchBeginsWithItsPrefixOnTheFixtures() throws IOException, YamlFileException {
        RuleSet rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
        List<String> texts = fixtureTexts();
        int checked = 0;
        List<String> unsound = new ArrayList<>();
        for (PatternSpec spec : rules.patterns()) {
            for (String branch : RegexBranches.of(spec.regex().pattern())) {
                Optional<Set<String>> prefix = RequiredLiterals.prefix(branch);
                if (prefix.isEmpty()) {
                    continue;
                }
                for (String text : texts) {
                    Matcher matcher = Pattern.compile(branch).matcher(text);
                    while (matcher.find()) {
                        checked++;
                        String lower = matcher.group().toLowerCase(Locale.ROOT);
                        if (prefix.get().stream().noneMatch(lower::startsWith)) {
                            unsound.add(spec.id() + " " + prefix.get() + " at '" + matcher.group() + "'");
                        }
                    }
                }
            }
        }
        assertTrue(unsound.isEmpty(), "matches not beginning with their prefix: " + unsound);
        assertTrue(checked > 50, "the fixtures exercise the prefixes: " + checked + " matches checked");
    }

    private static List<String> fixtureTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        return texts;
    }
}
