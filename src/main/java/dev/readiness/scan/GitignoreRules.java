package dev.readiness.scan;

import java.util.ArrayList;
import java.util.List;

/**
 * The ignore rules in force at one folder of the tree: the patterns of every ignore file read on the way down
 * ({@code .git/info/exclude}, then each folder's {@code .gitignore} and {@code .readinessignore}), later files
 * overriding earlier ones. Immutable: going down a folder makes a new instance sharing its parent's rules.
 *
 * <p>Within one file and across files the last matching pattern wins, as in git. That a path inside an ignored
 * folder cannot be re-included is the walk's business: it does not go into ignored folders.
 */
final class GitignoreRules {

    /** What the rules say about one path. */
    enum Verdict { IGNORED, INCLUDED, UNMATCHED }

    private record Rule(PathGlob glob, boolean negated) {
    }

    private static final GitignoreRules NONE = new GitignoreRules(null, "", List.of());

    private final GitignoreRules earlier;
    /** The folder the patterns are relative to: {@code ""} for the root, else {@code a/b}. */
    private final String base;
    private final List<Rule> rules;

    private GitignoreRules(GitignoreRules earlier, String base, List<Rule> rules) {
        this.earlier = earlier;
        this.base = base;
        this.rules = rules;
    }

    static GitignoreRules none() {
        return NONE;
    }

    /**
     * These rules overridden by an ignore file found in folder {@code base} ({@code ""} for the root).
     * Returns {@code this} when the file holds no pattern.
     */
    GitignoreRules with(String base, String fileText) {
        List<Rule> parsed = parse(fileText);
        return parsed.isEmpty() ? this : new GitignoreRules(this, base, parsed);
    }

    boolean isIgnored(String relativePath, boolean directory) {
        return verdict(relativePath, directory) == Verdict.IGNORED;
    }

    Verdict verdict(String relativePath, boolean directory) {
        for (GitignoreRules level = this; level != null; level = level.earlier) {
            int from = level.relativeStart(relativePath);
            if (from < 0) {
                continue;
            }
            for (int i = level.rules.size() - 1; i >= 0; i--) {
                Rule rule = level.rules.get(i);
                if (rule.glob().matches(relativePath, from, directory)) {
                    return rule.negated() ? Verdict.INCLUDED : Verdict.IGNORED;
                }
            }
        }
        return Verdict.UNMATCHED;
    }

    /** Where the path, relative to this level's folder, starts; -1 when the path is outside that folder. */
    private int relativeStart(String path) {
        if (base.isEmpty()) {
            return 0;
        }
        boolean inside = path.length() > base.length() && path.charAt(base.length()) == '/'
                && path.startsWith(base);
        return inside ? base.length() + 1 : -1;
    }

    private static List<Rule> parse(String text) {
        List<Rule> rules = new ArrayList<>();
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (String line : body.split("\n", -1)) {
            Rule rule = parseLine(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return List.copyOf(rules);
    }

    /** The rule on one line, or null for a blank line, a comment or a pattern that can match nothing. */
    private static Rule parseLine(String line) {
        if (line.startsWith("#")) {
            return null;
        }
        String pattern = trimTrailingSpaces(line);
        boolean negated = pattern.startsWith("!");
        if (negated) {
            pattern = pattern.substring(1);
        }
        PathGlob glob = PathGlob.compile(pattern);
        return glob.matchesNothing() ? null : new Rule(glob, negated);
    }

    /** Drops trailing spaces, except one escaped with a backslash ({@code "a\ "} keeps its space). */
    private static String trimTrailingSpaces(String line) {
        int end = line.length();
        int i = 0;
        int trailingSpacesFrom = -1;
        while (i < end) {
            char c = line.charAt(i);
            if (c == ' ') {
                if (trailingSpacesFrom < 0) {
                    trailingSpacesFrom = i;
                }
                i++;
            } else {
                trailingSpacesFrom = -1;
                i += c == '\\' ? 2 : 1;
            }
        }
        return trailingSpacesFrom < 0 ? line : line.substring(0, trailingSpacesFrom);
    }
}
