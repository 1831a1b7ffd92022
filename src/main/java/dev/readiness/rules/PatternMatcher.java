package dev.readiness.rules;

import com.google.re2j.Matcher;
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

/**
 * Runs every rule pattern that applies to a file over its text, once, while the file is in memory. One
 * Aho–Corasick pass finds on which lines each pattern's required literals occur ({@link RequiredLiterals}
 * derives them from the regex), and a pattern's regex then runs on those lines only; a pattern marked
 * multiline runs on the whole text of a file where its literals occur.
 */
public final class PatternMatcher implements TextMatcher {
    private static final int MAX_HITS_PER_FILE = 10;
    private static final int MAX_SNIPPET_SOURCE = 400;
    private final List<PatternSpec> specs;
    /** Per spec: whether it has literals one of which every match contains; the others always run. */
    private final boolean[] prefiltered;
    private final KeywordIndex keywords;

    public PatternMatcher(List<PatternSpec> specs) {
        this.specs = List.copyOf(specs);
        this.prefiltered = new boolean[specs.size()];
        List<List<String>> literals = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Optional<Set<String>> required = RequiredLiterals.of(specs.get(i).regex().pattern());
            prefiltered[i] = required.isPresent();
            literals.add(required.map(List::copyOf).orElse(List.of()));
        }
        this.keywords = new KeywordIndex(literals);
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
            BitSet candidates = null;
            if (prefiltered[i]) {
                if (keywordLines == null) {
                    keywordLines = keywords.linesWithKeywords(text);
                }
                candidates = keywordLines[i];
                if (candidates == null) {
                    continue;
                }
            }
            if (lines == null) {
                lines = LineIndex.of(text);
            }
            List<Evidence> found = spec.multiline()
                    ? matchText(spec, entry, text, lines)
                    : matchLines(spec, entry, text, lines, candidates);
            if (!found.isEmpty()) {
                hits.put(spec.id(), found);
            }
        }
        return hits;
    }

    /**
     * Each line on its own, and with a prefilter only the lines holding one of the spec's literals: a match
     * lies within one line, so it contains its literal on that line. This keeps the regex engine's work to
     * a few short lines per file instead of the whole text.
     *
     * @param candidates the 1-based lines to try, or null for every line
     */
    private static List<Evidence> matchLines(PatternSpec spec, FileEntry entry, String text, LineIndex lines,
                                             BitSet candidates) {
        List<Evidence> found = new ArrayList<>();
        Matcher matcher = spec.regex().matcher("");
        int line = candidates == null ? 1 : candidates.nextSetBit(1);
        while (line >= 1 && line <= lines.lineCount() && found.size() < MAX_HITS_PER_FILE) {
            if (matcher.reset(lineContent(text, lines, line)).find()) {
                found.add(new Evidence(entry.path(), line, SecretRedactor.redact(lineText(text, lines, line))));
            }
            line = candidates == null ? line + 1 : candidates.nextSetBit(line + 1);
        }
        return found;
    }

    /** A line without its line break, {@code \r\n} included, so that {@code $} matches at its end. */
    private static String lineContent(String text, LineIndex lines, int line) {
        int start = lines.lineStart(line);
        int end = line < lines.lineCount() ? lines.lineStart(line + 1) - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, end);
    }

    /** The whole text is searched, for the few regexes that say they span lines. */
    private static List<Evidence> matchText(PatternSpec spec, FileEntry entry, String text, LineIndex lines) {
        Matcher matcher = spec.regex().matcher(text);
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
