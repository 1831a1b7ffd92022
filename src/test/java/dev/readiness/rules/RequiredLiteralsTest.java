package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
            "debug\\s*=\\s*True;debug",
            "(sendgrid|@sendgrid/mail|postmark);sendgrid @sendgrid/mail postmark",
            "rate[_-]?limit;limit",
            "throttl(e|ing);throttle throttling",
            "ddl-auto\\s*[=:]\\s*(update|create);ddl-auto",
            "schemas?\\.py;schemas.py schema.py",
            "[a-z]{3,}_KEY;_key",
            "x{2}yz\\.conf;xxyz.conf",
            "[\"']0{8}-0{4};00000000-0000",
            "(ab){2,}c;abab",
            "(a|b){2}xyz;aaxyz abxyz baxyz bbxyz"})
    void findsTheLiteralsEveryMatchContains(String regex, String expected) {
        assertEquals(Optional.of(Set.of(expected.split(" "))), RequiredLiterals.of(regex));
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
        assertEquals(100, RequiredLiterals.of(regex).orElseThrow().size());
    }

    /**
     * Soundness on real input: wherever a bundled pattern matches a fixture file, one of its literals
     * occurs in that file, so the prefilter never hides a match.
     */
    @Test
    void neverRejectsAFileTheRegexMatches() throws IOException, YamlFileException {
        RuleSet rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        }
        int checked = 0;
        List<String> unsound = new ArrayList<>();
        for (PatternSpec spec : rules.patterns()) {
            Optional<Set<String>> literals = RequiredLiterals.of(spec.regex().pattern());
            if (literals.isEmpty()) {
                continue;
            }
            for (String text : texts) {
                if (spec.regex().matcher(text).find()) {
                    checked++;
                    String lower = text.toLowerCase(Locale.ROOT);
                    if (literals.get().stream().noneMatch(lower::contains)) {
                        unsound.add(spec.id() + " " + literals.get());
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
        assertEquals(Optional.of(Set.of("a{,3}b")), RequiredLiterals.of("a{,3}b"));
    }
}
