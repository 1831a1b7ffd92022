package dev.readiness.facts.secrets;

import com.google.re2j.Matcher;
import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.SourceFile;
import dev.readiness.facts.source.EnvFileNames;
import dev.readiness.facts.source.LineIndex;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;
import dev.readiness.scan.ScanWarning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Finds credentials while a file is in memory. One keyword pass over the text decides which
 * detectors run; each runs its regex only on the lines around its keyword hits, so a file with no
 * keyword costs one linear scan whatever the number of detectors.
 */
public final class SecretScanner {
    /** Lines after a keyword hit that a match may reach into, for a PEM header followed by its body. */
    private static final int LINES_AFTER = 2;
    /**
     * How far before and after its keyword a match may reach on long lines: a secret sits next to its keyword, and
     * without a bound every detector would search a whole minified bundle once per keyword it holds.
     */
    private static final int REACH_BEFORE = 512;
    private static final int REACH_AFTER = 2_048;
    /**
     * How far an anchored match may run past its keyword: a name, its separator and a value of at most 128
     * characters. RE2J 1.7's anchored match went on reading its input after every thread had died (a profile
     * showed its time growing with the input's length), so the input stops near the match.
     */
    private static final int ANCHORED_REACH = 384;
    private final SecretDetectors knowledge;
    private final KeywordIndex keywords;
    private final Redaction redaction;
    private final Optional<HistoryScanner> history;

    /** Scans the tree only. */
    public SecretScanner(SecretDetectors knowledge, Redaction redaction) {
        this(knowledge, redaction, false, 0);
    }

    /**
     * @param history      also scan every commit reachable from a ref, for secrets removed from the tree
     * @param maxFileBytes larger blobs in history are skipped, like larger files in the tree
     */
    public SecretScanner(SecretDetectors knowledge, Redaction redaction, boolean history, long maxFileBytes) {
        this.knowledge = knowledge;
        this.keywords = new KeywordIndex(keywordGroups());
        this.redaction = redaction;
        this.history = history ? Optional.of(new HistoryScanner(this, maxFileBytes)) : Optional.empty();
    }

    /** Whether there is anything to look for; every file is read, bundles too, as a key built into one is leaked. */
    public boolean accepts(FileEntry entry) {
        return !knowledge.detectors().isEmpty();
    }

    /**
     * Puts the findings of every file together with what the env files and the git index say; env files
     * under fixtures and examples are left out, as they are committed on purpose. A git index that cannot
     * be read is a warning: committed env files are then judged by the walk alone.
     */
    public SecretFacts summarise(List<SecretFinding> findings, List<EnvDeclaration> declarations, Path root,
                                 List<ScanWarning> warnings) {
        Map<String, Integer> realValues = new TreeMap<>();
        for (EnvDeclaration declaration : declarations) {
            String name = FileEntry.fileNameOf(declaration.path());
            if (declaration.hasValue() && !EnvFileNames.isTemplate(name)
                    && !knowledge.contexts().isExample(declaration.path())
                    && !knowledge.placeholders().isPlaceholder(declaration.value())) {
                realValues.merge(declaration.path(), 1, Integer::sum);
            }
        }
        Set<String> trackedEnvFiles = Set.of();
        try {
            trackedEnvFiles = GitIndex.trackedPaths(root).stream()
                    .filter(p -> Language.fromFileName(FileEntry.fileNameOf(p)) == Language.DOTENV)
                    .filter(p -> !knowledge.contexts().isExample(p))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            warnings.add(new ScanWarning(".git/index", "cannot read the git index (" + e.getMessage()
                    + "); committed .env files are judged by .gitignore alone"));
        }
        Optional<List<HistoricSecret>> historic = Optional.empty();
        if (history.isPresent()) {
            Set<String> inTree = findings.stream().map(SecretFinding::fingerprint).collect(Collectors.toSet());
            try {
                historic = Optional.of(history.get().scan(root, inTree));
            } catch (IOException | RuntimeException e) {
                warnings.add(new ScanWarning(".git", "cannot read the git history (" + e.getMessage()
                        + "); secrets removed from the tree were not looked for"));
            }
        }
        return new SecretFacts(findings, realValues, trackedEnvFiles, historic.isPresent(), historic.orElse(List.of()));
    }

    List<SecretFinding> scan(FileEntry entry, String text) {
        return scan(new SourceFile(entry, text));
    }

    /** The keywords of each detector, in detector order: the audit looks for them in one pass with the rules'. */
    public List<List<String>> keywordGroups() {
        return knowledge.detectors().stream().map(SecretDetector::keywords).toList();
    }

    List<SecretFinding> scan(SourceFile file) {
        return scan(file, keywords(file));
    }

    /** Where the detectors' keywords occur in the file, found by this scanner alone. */
    public KeywordHits keywords(SourceFile file) {
        return keywords.scan(file.text());
    }

    /** @param keywordHits where each detector's keywords occur in the file, numbered as the detectors */
    public List<SecretFinding> scan(SourceFile file, KeywordHits keywordHits) {
        FileSearch search = null;
        // Detectors run most specific first, so a provider key is not reported again as a generic secret.
        for (int d = 0; d < keywordHits.groupCount(); d++) {
            int[] hits = keywordHits.ends(d);
            if (hits == null) {
                continue;
            }
            SecretDetector detector = knowledge.detectors().get(d);
            int[] ends = countingKeywords(detector, hits, file.text());
            if (ends.length == 0) {
                continue;
            }
            if (search == null) {
                search = new FileSearch(file);
            }
            search.run(detector, ends);
        }
        return search == null ? List.of() : search.findings;
    }

    /**
     * One file's search, detector after detector, a method per step (detector, window, match): the state a match
     * needs (the line index, the ranges already claimed, the findings) is made once per file that has a hit.
     */
    private final class FileSearch {
        private final SourceFile file;
        private final String text;
        private final LineIndex lines;
        private final List<int[]> taken = new ArrayList<>();
        private final List<SecretFinding> findings = new ArrayList<>();

        FileSearch(SourceFile file) {
            this.file = file;
            this.text = file.text();
            this.lines = file.lines();
        }

        void run(SecretDetector detector, int[] ends) {
            Optional<Exposure> exposure = knowledge.contexts().exposure(file.entry(), detector);
            for (int[] window : detector.startsAtIdentifier() ? anchors(ends, text, lines)
                    : windows(ends, lines, text.length())) {
                searchWindow(detector, exposure, window[0], window[1]);
            }
        }

        private void searchWindow(SecretDetector detector, Optional<Exposure> exposure, int start, int end) {
            String windowText = text.substring(start, end);
            if (!detector.mayMatchIn(windowText)) {
                return;
            }
            Matcher matcher = detector.regex().matcher(windowText);
            boolean anchored = detector.startsAtIdentifier();
            // a window cut inside a line ends where the text does not: a match reaching the cut may owe it to '$'
            // or be cut short itself, so it is not taken
            boolean cut = end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r';
            while (anchored ? matcher.lookingAt() : matcher.find()) {
                if (cut && matcher.end() == end - start) {
                    if (anchored) {
                        break;
                    }
                    continue;
                }
                take(detector, exposure, matcher, start);
                if (anchored) {
                    break;
                }
            }
        }

        private void take(SecretDetector detector, Optional<Exposure> exposure, Matcher matcher, int windowStart) {
            int group = SecretDetector.secretGroup(matcher);
            String secret = matcher.group(group);
            int offset = windowStart + matcher.start(group);
            int end = offset + secret.length();
            if (overlapsTaken(offset, end) || !reportable(detector, secret, matcher.group())) {
                return;
            }
            // Claimed even when not worth reporting here, so a test key in a test stays unreported.
            taken.add(new int[] {offset, end});
            if (exposure.isPresent()) {
                String path = file.entry().path();
                int line = lines.lineAt(offset);
                findings.add(new SecretFinding(detector.id(), path, line, offset - lines.lineStart(line) + 1,
                        SecretMeasures.fingerprint(detector.id(), path, secret), redaction.show(secret),
                        exposure.get(), detector.remediation()));
            }
        }

        private boolean overlapsTaken(int start, int end) {
            for (int[] range : taken) {
                if (start < range[1] && range[0] < end) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The keyword hits that count for the detector: all, or those written in its keywords' case. */
    private static int[] countingKeywords(SecretDetector detector, int[] ends, String text) {
        if (!detector.keywordsMatchCase()) {
            return ends;
        }
        int[] counting = new int[ends.length];
        int count = 0;
        for (int end : ends) {
            if (detector.keywordCounts(text, end)) {
                counting[count++] = end;
            }
        }
        return count == ends.length ? ends : Arrays.copyOf(counting, count);
    }

    private boolean reportable(SecretDetector detector, String secret, String match) {
        return SecretMeasures.entropy(secret) >= detector.minEntropy() && !detector.allowlisted(match)
                && !knowledge.placeholders().isPlaceholder(secret);
    }

    /**
     * For a detector whose matches start at the identifier holding the keyword: from the character before that
     * identifier (or its line's start) to the end of the line, cut to a reach; one range per identifier.
     */
    private static List<int[]> anchors(int[] keywordEnds, String text, LineIndex lines) {
        List<int[]> anchors = new ArrayList<>();
        int previous = -1;
        for (int keywordEnd : keywordEnds) {
            int line = lines.lineAt(keywordEnd - 1);
            int lineStart = lines.lineStart(line);
            int start = keywordEnd - 1;
            while (start > lineStart && start > keywordEnd - REACH_BEFORE && isIdentifierPart(text.charAt(start - 1))) {
                start--;
            }
            start = Math.max(lineStart, start - 1);
            if (start == previous) {
                continue;
            }
            anchors.add(new int[] {start, Math.min(lines.lineEnd(lineStart), keywordEnd + ANCHORED_REACH)});
            previous = start;
        }
        return anchors;
    }

    /** What a name may be made of in the languages and formats secrets are assigned in. */
    private static boolean isIdentifierPart(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
    }

    /**
     * Character ranges around each keyword: its line and the lines after it, cut to a reach on each side so a long
     * line is not searched whole; overlapping ranges are merged.
     */
    private static List<int[]> windows(int[] keywordEnds, LineIndex lines, int length) {
        List<int[]> windows = new ArrayList<>();
        for (int keywordEnd : keywordEnds) {
            int line = lines.lineAt(keywordEnd - 1);
            int after = line + LINES_AFTER + 1;
            int start = Math.max(lines.lineStart(line), keywordEnd - REACH_BEFORE);
            int end = Math.min(after <= lines.lineCount() ? lines.lineStart(after) : length, keywordEnd + REACH_AFTER);
            int[] previous = windows.isEmpty() ? null : windows.get(windows.size() - 1);
            if (previous != null && start <= previous[1]) {
                previous[1] = Math.max(previous[1], end);
            } else {
                windows.add(new int[] {start, end});
            }
        }
        return windows;
    }
}
