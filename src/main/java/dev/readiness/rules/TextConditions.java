package dev.readiness.rules;

import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * What the conditions being parsed ask of file text, collected as they are compiled so that the scan can look for
 * it while each file is in memory: every pattern, and every heading regex.
 */
final class TextConditions {
    private final List<PatternSpec> patterns = new ArrayList<>();
    private final List<Pattern> headings = new ArrayList<>();

    void addPattern(PatternSpec spec) {
        patterns.add(spec);
    }

    void addHeading(Pattern regex) {
        headings.add(regex);
    }

    /** Adds what another collector holds after what this one does. */
    void addAll(TextConditions other) {
        patterns.addAll(other.patterns);
        headings.addAll(other.headings);
    }

    List<PatternSpec> patterns() {
        return List.copyOf(patterns);
    }

    List<Pattern> headings() {
        return List.copyOf(headings);
    }
}
