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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegexBranchesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "(?i)(a|b\\(|c);(?i)a  (?i)b\\(  (?i)c",
            "a|b;a  b",
            "(?:x|y);x  y",
            "(?i)(?m:^x|y$);(?i)(?m)^x  (?i)(?m)y$",
            "(?P<n>x|y);x  y",
            "(a|b)c;(a|b)c",
            "(a)|(b);(a)  (b)",
            "[|]x|\\|y;[|]x  \\|y",
            "[]|]x|y;[]|]x  y",
            "stripe;stripe"})
    void splitsAtTheTopLevelLookingThroughFlagsAndOneWrappingGroup(String regex, String expected) {
        assertEquals(List.of(expected.split("  ")), RegexBranches.of(regex));
    }

    /**
     * On real input the alternatives agree with the whole: every line of every fixture file matches a bundled
     * line pattern exactly when it matches one of the pattern's alternatives.
     */
    @Test
    void alternativesMatchTheSameLinesAsTheWholeRegex() throws IOException, YamlFileException {
        RuleSet rules = new RuleLoader(BuiltInChecks.all()).loadBundled();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                lines.addAll(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList());
            }
        }
        List<String> disagreements = new ArrayList<>();
        int matches = 0;
        for (PatternSpec spec : rules.patterns()) {
            if (spec.multiline()) {
                continue;
            }
            List<Pattern> branches = RegexBranches.of(spec.regex().pattern()).stream().map(Pattern::compile).toList();
            for (String line : lines) {
                boolean whole = spec.regex().matcher(line).find();
                boolean anyBranch = branches.stream().anyMatch(b -> b.matcher(line).find());
                matches += whole ? 1 : 0;
                if (whole != anyBranch) {
                    disagreements.add(spec.id() + ": " + line);
                }
            }
        }
        assertEquals(List.of(), disagreements);
        assertTrue(matches > 100, "too few matching lines to mean anything: " + matches);
    }
}
