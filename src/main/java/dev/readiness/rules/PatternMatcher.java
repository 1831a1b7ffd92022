package dev.readiness.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.SecretRedactor;
import dev.readiness.facts.TextMatcher;
import dev.readiness.facts.secrets.KeywordIndex;
import dev.readiness.facts.source.LineIndex;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every rule pattern that applies to a file over its text, once, while the file is in memory. A pattern's
 * regex is split into its top-level alternatives ({@link RegexBranches}), and one Aho–Corasick pass finds on
 * which lines each alternative's required literals occur ({@link RequiredLiterals} derives them from the
 * regex); each alternative then runs on those lines only. A pattern marked multiline runs whole, on the whole
 * text of a file where its literals occur.
 */
public final class PatternMatcher implements TextMatcher {
    private static final int MAX_HITS_PER_FILE = 10;
    private static final int MAX_SNIPPET_SOURCE = 400;
    private final List<PatternSpec> specs;
    private final List<Probe> probes = new ArrayList<>();
    /** Per spec, the indexes of its probes. */
    private final List<List<Integer>> probesOfSpec = new ArrayList<>();
    private final KeywordIndex keywords;

    /**
     * One alternative of a spec's regex (or the whole regex).
     *
     * @param prefiltered whether every match holds one of its literals; one that does not runs on every line
     */
    private record Probe(Pattern regex, boolean prefiltered) {
    }

    public PatternMatcher(List<PatternSpec> specs) {
        this.specs = List.copyOf(specs);
        List<List<String>> literals = new ArrayList<>();
        for (PatternSpec spec : specs) {
            List<Integer> own = new ArrayList<>();
            for (Pattern regex : alternatives(spec)) {
                Optional<Set<String>> required = RequiredLiterals.of(regex.pattern());
                own.add(probes.size());
                probes.add(new Probe(regex, required.isPresent()));
                literals.add(required.map(List::copyOf).orElse(List.of()));
            }
            probesOfSpec.add(own);
        }
        this.keywords = new KeywordIndex(literals);
    }

    /** The alternatives of a line pattern; the whole regex when it has none or one fails to compile alone. */
    private static List<Pattern> alternatives(PatternSpec spec) {
        if (spec.multiline()) {
            return List.of(spec.regex());
        }
        List<Pattern> compiled = new ArrayList<>();
        try {
            for (String branch : RegexBranches.of(spec.regex().pattern())) {
                compiled.add(Pattern.compile(branch));
            }
        } catch (PatternSyntaxException unsplittable) {
            return List.of(spec.regex());
        }
        return compiled;
    }

    /** Evidence per pattern id for this file; patterns that did not match are absent. */
    @Override
    public Map<String, List<Evidence>> match(FileEntry entry, String text) {
        Map<String, List<Evidence>> hits = new LinkedHashMap<>();
        LineIndex lines = null;
        BitSet[] keywordLines = null;
        for (int i = 0; i < specs.size(); i++) {
            PatternSpec spec = specs.get(i);
            if (!spec.appliesTo(entry)) {
                continue;
            }
            if (keywordLines == null) {
                keywordLines = keywords.linesWithKeywords(text);
                lines = LineIndex.of(text);
            }
            List<Evidence> found = spec.multiline()
                    ? matchText(i, entry, text, lines, keywordLines)
                    : matchLines(i, entry, text, lines, keywordLines);
            if (!found.isEmpty()) {
                hits.put(spec.id(), found);
            }
        }
        return hits;
    }

    /**
     * Each line on its own, each alternative only on the lines holding one of its literals: a match lies within
     * one line, so it contains its literal on that line. This keeps the regex engine's work to a few short lines
     * per file, with one branch's automaton instead of the whole alternation.
     */
    private List<Evidence> matchLines(int spec, FileEntry entry, String text, LineIndex lines,
                                      BitSet[] keywordLines) {
        // the first lines that match, at most MAX_HITS_PER_FILE: a probe stops at a line past all of them
        TreeSet<Integer> matched = new TreeSet<>();
        for (int index : probesOfSpec.get(spec)) {
            Probe probe = probes.get(index);
            BitSet candidates = probe.prefiltered() ? keywordLines[index] : null;
            if (probe.prefiltered() && candidates == null) {
                continue;
            }
            Matcher matcher = probe.regex().matcher("");
            int line = candidates == null ? 1 : candidates.nextSetBit(1);
            while (line >= 1 && line <= lines.lineCount()
                    && (matched.size() < MAX_HITS_PER_FILE || line < matched.last())) {
                if (!matched.contains(line) && matcher.reset(lineContent(text, lines, line)).find()) {
                    matched.add(line);
                    if (matched.size() > MAX_HITS_PER_FILE) {
                        matched.pollLast();
                    }
                }
                line = candidates == null ? line + 1 : candidates.nextSetBit(line + 1);
            }
        }
        List<Evidence> found = new ArrayList<>();
        for (int line : matched) {
            found.add(new Evidence(entry.path(), line, SecretRedactor.redact(lineText(text, lines, line))));
        }
        return found;
    }

    /** A line without its line break, {@code \r\n} included, so that {@code $} matches at its end. */
    private static String lineContent(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        int end = lines.lineEnd(start);
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /** The whole text is searched, for the few regexes that say they span lines. */
    private List<Evidence> matchText(int spec, FileEntry entry, String text, LineIndex lines,
                                     BitSet[] keywordLines) {
        int probe = probesOfSpec.get(spec).get(0);
        if (probes.get(probe).prefiltered() && keywordLines[probe] == null) {
            return List.of();
        }
        Matcher matcher = probes.get(probe).regex().matcher(text);
        List<Evidence> found = new ArrayList<>();
        int lastLine = -1;
        while (found.size() < MAX_HITS_PER_FILE && matcher.find()) {
            int line = lines.lineAt(firstVisible(text, matcher.start(), matcher.end()));
            if (line != lastLine) {
                found.add(new Evidence(entry.path(), line, SecretRedactor.redact(lineText(text, lines, line))));
                lastLine = line;
            }
        }
        return found;
    }

    /** A match that begins with line breaks (a multi-line regex) is reported where its text begins. */
    private static int firstVisible(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return start;
    }

    /** The line's text without its line break, cut so one minified line cannot make a huge snippet. */
    private static String lineText(String text, LineIndex lines, int line) {
        String content = lineContent(text, lines, line);
        return content.length() > MAX_SNIPPET_SOURCE ? content.substring(0, MAX_SNIPPET_SOURCE) : content;
    }
}
