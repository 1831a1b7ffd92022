package dev.readiness.rules;

import com.google.re2j.Matcher;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.SecretRedactor;
import dev.readiness.facts.TextMatcher;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every rule pattern that applies to a file over its text, once, while the file is in memory. */
public final class PatternMatcher implements TextMatcher {
    private static final int MAX_HITS_PER_FILE = 10;
    private final List<PatternSpec> specs;

    public PatternMatcher(List<PatternSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /** Evidence per pattern id for this file; patterns that did not match are absent. */
    @Override
    public Map<String, List<Evidence>> match(FileEntry entry, String text) {
        Map<String, List<Evidence>> hits = new LinkedHashMap<>();
        LineIndex lines = null;
        for (PatternSpec spec : specs) {
            if (!spec.appliesTo(entry)) {
                continue;
            }
            Matcher matcher = spec.regex().matcher(text);
            List<Evidence> found = new ArrayList<>();
            int lastLine = -1;
            while (found.size() < MAX_HITS_PER_FILE && matcher.find()) {
                if (lines == null) {
                    lines = new LineIndex(text);
                }
                int line = lines.lineOf(firstVisible(text, matcher.start(), matcher.end()));
                if (line != lastLine) {
                    found.add(new Evidence(entry.path(), line, SecretRedactor.redact(lines.text(line))));
                    lastLine = line;
                }
            }
            if (!found.isEmpty()) {
                hits.put(spec.id(), found);
            }
        }
        return hits;
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

    /** Offsets of line starts, so a match offset maps to its line in O(log n). */
    private static final class LineIndex {
        private final String text;
        private final int[] starts;

        LineIndex(String text) {
            this.text = text;
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    count++;
                }
            }
            starts = new int[count];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
        }

        int lineOf(int offset) {
            int index = Arrays.binarySearch(starts, offset);
            return (index >= 0 ? index : -index - 2) + 1;
        }

        String text(int line) {
            int start = starts[line - 1];
            int end = line < starts.length ? starts[line] - 1 : text.length();
            return text.substring(start, Math.min(end, start + 400));
        }
    }
}
