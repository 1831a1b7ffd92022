package dev.readiness.rules;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.SecretRedactor;
import dev.readiness.facts.SourceFile;
import dev.readiness.facts.TextMatcher;
import dev.readiness.facts.secrets.KeywordHits;
import dev.readiness.facts.source.LineIndex;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import dev.readiness.scan.PathGlob;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Runs every rule pattern that applies to a file over its text, once, while the file is in memory. A pattern's
 * regex is split into its top-level alternatives ({@link RegexBranches}); the literals each alternative requires
 * ({@link RequiredLiterals} derives them from the regex: sets of which a match holds one string each) are its
 * {@link #keywordGroups()}, which the audit's one Aho–Corasick pass per file finds, and each alternative then runs
 * only on the lines holding all its sets. A pattern marked multiline runs whole, on the whole text of a file
 * holding all its sets.
 */
public final class PatternMatcher implements TextMatcher {
    private static final int MAX_HITS_PER_FILE = 10;
    private static final int MAX_SNIPPET_SOURCE = 400;
    /** One spec per distinct regex and scope; the specs written the same elsewhere share its run. */
    private final List<PatternSpec> specs = new ArrayList<>();
    /** Per spec, the ids of every spec written the same. */
    private final List<List<String>> idsOfSpec = new ArrayList<>();
    private final List<Probe> probes = new ArrayList<>();
    /** Per spec, the indexes of its probes. */
    private final List<List<Integer>> probesOfSpec = new ArrayList<>();
    /** One keyword group per distinct required set of literals, numbered in the order probes first name them. */
    private final List<List<String>> keywordGroups;
    /**
     * Per file role and language (by ordinal), the specs their role and language filters admit, in spec order: a
     * file meets only these, not every spec's sets of roles and languages.
     */
    private final int[][][] specsAdmitted;

    /**
     * One alternative of a spec's regex (or the whole regex).
     *
     * @param literalSets the keyword groups of its required sets; none for a probe that runs on every line
     * @param prefixSet   the keyword group of the set every match begins with, or -1: the search on a line then
     *                    starts at its first string rather than at the line's start
     * @param prefixReach the length of that set's longest string
     */
    private record Probe(Pattern regex, int[] literalSets, int prefixSet, int prefixReach) {
        boolean prefiltered() {
            return literalSets.length > 0;
        }

        /** The lines holding a string of every set, not to be changed; null when some set is absent from the file. */
        BitSet candidates(LinesOfSets linesOfSet) {
            if (literalSets.length == 1) {
                // most probes need one set: its lines are shared as they are, not copied
                return linesOfSet.get(literalSets[0]);
            }
            BitSet lines = null;
            for (int set : literalSets) {
                if (linesOfSet.get(set) == null) {
                    return null;
                }
                if (lines == null) {
                    lines = (BitSet) linesOfSet.get(set).clone();
                } else {
                    lines.and(linesOfSet.get(set));
                }
            }
            return lines == null || lines.isEmpty() ? null : lines;
        }
    }

    /** What decides a spec's matches: everything but its id and description. */
    private record Written(String regex, List<String> files, List<String> exclude, Set<FileRole> roles,
                           Set<Language> languages, boolean multiline) {
        static Written of(PatternSpec spec) {
            return new Written(spec.regex().pattern(), spec.files().stream().map(PathGlob::toString).toList(),
                    spec.exclude().stream().map(PathGlob::toString).toList(), spec.roles(), spec.languages(),
                    spec.multiline());
        }
    }

    /**
     * The lines holding each keyword group of one file, worked out from the hits when a probe first asks: many
     * groups belong to probes whose spec does not apply to the file.
     */
    private static final class LinesOfSets {
        private final KeywordHits hits;
        /** By the hits' slot of each group found. */
        private final BitSet[] lines;

        LinesOfSets(KeywordHits hits) {
            this.hits = hits;
            this.lines = new BitSet[hits.slotCount()];
        }

        /** Null where no keyword of the group occurs. */
        BitSet get(int set) {
            int slot = hits.slot(set);
            if (slot < 0) {
                return null;
            }
            if (lines[slot] == null) {
                lines[slot] = hits.lines(set);
            }
            return lines[slot];
        }
    }

    public PatternMatcher(List<PatternSpec> specs) {
        Map<Written, Integer> seen = new HashMap<>();
        for (PatternSpec spec : specs) {
            Integer same = seen.putIfAbsent(Written.of(spec), this.specs.size());
            if (same != null) {
                idsOfSpec.get(same).add(spec.id());
            } else {
                this.specs.add(spec);
                idsOfSpec.add(new ArrayList<>(List.of(spec.id())));
            }
        }
        // probes share a keyword group when they need the same set: a common word is then recorded once per line
        Map<Set<String>, Integer> groups = new LinkedHashMap<>();
        for (PatternSpec spec : this.specs) {
            List<Integer> own = new ArrayList<>();
            for (Pattern regex : alternatives(spec)) {
                List<Set<String>> required = RequiredLiterals.of(regex.pattern()).orElse(List.of());
                int[] sets = new int[required.size()];
                for (int i = 0; i < sets.length; i++) {
                    sets[i] = groups.computeIfAbsent(required.get(i), set -> groups.size());
                }
                Optional<Set<String>> prefix = RequiredLiterals.prefix(regex.pattern()).filter(required::contains);
                own.add(probes.size());
                probes.add(new Probe(regex, sets, prefix.map(groups::get).orElse(-1),
                        prefix.map(strings -> strings.stream().mapToInt(String::length).max().orElse(0)).orElse(0)));
            }
            probesOfSpec.add(own);
        }
        this.keywordGroups = groups.keySet().stream().map(List::<String>copyOf).toList();
        this.specsAdmitted = new int[FileRole.values().length][Language.values().length][];
        for (FileRole role : FileRole.values()) {
            for (Language language : Language.values()) {
                specsAdmitted[role.ordinal()][language.ordinal()] = IntStream.range(0, this.specs.size())
                        .filter(i -> this.specs.get(i).admits(role, language)).toArray();
            }
        }
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

    @Override
    public List<List<String>> keywordGroups() {
        return keywordGroups;
    }

    /** Evidence per pattern id for this file; patterns that did not match are absent. */
    @Override
    public Map<String, List<Evidence>> match(SourceFile file, KeywordHits literals) {
        FileEntry entry = file.entry();
        String text = file.text();
        Map<String, List<Evidence>> hits = new LinkedHashMap<>();
        LineIndex lines = null;
        LinesOfSets keywordLines = null;
        for (int i : specsAdmitted[entry.role().ordinal()][entry.language().ordinal()]) {
            PatternSpec spec = specs.get(i);
            if (!spec.appliesToPath(entry.path())) {
                continue;
            }
            if (keywordLines == null) {
                keywordLines = new LinesOfSets(literals);
                lines = file.lines();
            }
            List<Evidence> found = spec.multiline()
                    ? matchText(i, entry, text, lines, keywordLines)
                    : matchLines(i, entry, text, lines, keywordLines);
            if (!found.isEmpty()) {
                List<Evidence> evidence = List.copyOf(found);
                for (String id : idsOfSpec.get(i)) {
                    hits.put(id, evidence);
                }
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
                                      LinesOfSets keywordLines) {
        FirstLines matched = new FirstLines();
        for (int index : probesOfSpec.get(spec)) {
            Probe probe = probes.get(index);
            BitSet candidates = probe.prefiltered() ? probe.candidates(keywordLines) : everyLine(lines);
            if (candidates == null) {
                continue;
            }
            Matcher matcher = probe.regex().matcher("");
            for (int line = candidates.nextSetBit(1); line >= 1 && line <= lines.lineCount() && matched.wants(line);
                 line = candidates.nextSetBit(line + 1)) {
                if (!matched.contains(line) && matcher.reset(lineContent(text, lines, line))
                        .find(searchFrom(probe, lines, line, keywordLines))) {
                    matched.add(line);
                }
            }
        }
        return matched.isEmpty() ? List.of() : evidence(entry, text, lines, matched);
    }

    /**
     * Where on the line a match may begin: no earlier than the first string of the probe's prefix set, found by the
     * keyword pass (the first one ending on the line, less the set's longest string); else the line's start.
     */
    private static int searchFrom(Probe probe, LineIndex lines, int line, LinesOfSets keywordLines) {
        if (probe.prefixSet() < 0) {
            return 0;
        }
        int lineStart = lines.lineStart(line);
        int end = keywordLines.hits.firstEndAfter(probe.prefixSet(), lineStart);
        return end < 0 ? 0 : Math.max(0, end - probe.prefixReach() - lineStart);
    }

    private static BitSet everyLine(LineIndex lines) {
        BitSet all = new BitSet(lines.lineCount() + 1);
        all.set(1, lines.lineCount() + 1);
        return all;
    }

    private static List<Evidence> evidence(FileEntry entry, String text, LineIndex lines, FirstLines matched) {
        List<Evidence> found = new ArrayList<>();
        for (int i = 0; i < matched.size; i++) {
            int line = matched.lines[i];
            found.add(new Evidence(entry.path(), line, SecretRedactor.redact(lineText(text, lines, line))));
        }
        return found;
    }

    /**
     * The first lines that match, ascending, at most {@link #MAX_HITS_PER_FILE}: once full, a probe stops at a line
     * past all of them. An array of ten, not a sorted set: this runs for every candidate line of every file.
     */
    private static final class FirstLines {
        private final int[] lines = new int[MAX_HITS_PER_FILE];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        boolean wants(int line) {
            return size < lines.length || line < lines[size - 1];
        }

        boolean contains(int line) {
            return Arrays.binarySearch(lines, 0, size, line) >= 0;
        }

        /** Adds a line that {@link #wants} and does not {@link #contains}; the last line makes room when full. */
        void add(int line) {
            int at = -Arrays.binarySearch(lines, 0, size, line) - 1;
            if (size == lines.length) {
                size--;
            }
            System.arraycopy(lines, at, lines, at + 1, size - at);
            lines[at] = line;
            size++;
        }
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
                                     LinesOfSets keywordLines) {
        int probe = probesOfSpec.get(spec).get(0);
        for (int set : probes.get(probe).literalSets()) {
            if (keywordLines.get(set) == null) {
                return List.of();
            }
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
