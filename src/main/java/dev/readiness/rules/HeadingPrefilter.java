package dev.readiness.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a Markdown text may hold a heading that a rule's heading regex matches: headings are read for those
 * regexes alone, and a heading's text is a piece of its file, so a file lacking one of the literals each match
 * needs ({@link RequiredLiterals}) for every regex need not be parsed. Most Markdown in a tree (package READMEs,
 * change logs) names no deployment, runbook or the like. A regex without such literals makes every text worth
 * parsing.
 */
public final class HeadingPrefilter implements Predicate<String> {
    /** Per heading regex, the literal sets every match needs; empty when some regex has none. */
    private final Optional<List<List<Set<String>>>> needed;

    public HeadingPrefilter(List<Pattern> headingRegexes) {
        List<List<Set<String>>> sets = new ArrayList<>();
        for (Pattern regex : headingRegexes) {
            Optional<List<Set<String>>> literals = RequiredLiterals.of(regex.pattern());
            if (literals.isEmpty()) {
                this.needed = Optional.empty();
                return;
            }
            sets.add(literals.get());
        }
        this.needed = Optional.of(List.copyOf(sets));
    }

    @Override
    public boolean test(String markdown) {
        if (needed.isEmpty()) {
            return true;
        }
        String lower = markdown.toLowerCase(Locale.ROOT);
        for (List<Set<String>> sets : needed.get()) {
            if (sets.stream().allMatch(set -> set.stream().anyMatch(lower::contains))) {
                return true;
            }
        }
        return false;
    }
}
