package dev.readiness.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Works out sets of strings such that every match of a regex contains at least one string of each set, so a line
 * or file lacking any one set can skip the regex: the keyword prefilter issue 7 asks for, derived from the rule's
 * own regex instead of a hand-written keyword list. {@code \\bclass\\s+(User|Account)\\b} needs {@code class}
 * and one of {@code user}, {@code account}; asking for both keeps the regex off the many lines that declare some
 * other class. It is conservative: any construct it does not fully understand adds no requirement, and a regex
 * with none always runs. Strings are lower-cased, as the prefilter ignores case (a superset of any match, whatever
 * the regex's flags).
 */
final class RequiredLiterals {
    /** Shorter literals select too little to be worth a lookup. */
    private static final int MIN_LENGTH = 3;
    /** Bounds the sets built by concatenation and repetition, which multiply. */
    private static final int MAX_STRINGS = 32;
    /** Alternation only adds, and the keyword automaton takes hundreds of strings without cost. */
    private static final int MAX_ALTERNATIVES = 512;
    /** The most selective sets are enough; each more costs an intersection per file. */
    private static final int MAX_SETS = 3;
    /** The set whose shortest string is longest first: it lets the fewest lines through. */
    private static final Comparator<Set<String>> BY_SELECTIVITY =
            Comparator.comparingInt(RequiredLiterals::shortest).reversed();

    private final String regex;
    private int at;

    private RequiredLiterals(String regex) {
        this.regex = regex;
    }

    /** The sets, most selective first, or empty when the regex has no literal every match needs. */
    static Optional<List<Set<String>>> of(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Info info = parser.alternation();
            if (parser.at != regex.length()) {
                return Optional.empty();
            }
            List<Set<String>> sets = info.need().stream().sorted(BY_SELECTIVITY).limit(MAX_SETS).toList();
            return sets.isEmpty() ? Optional.empty() : Optional.of(sets);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The strings one of which every match begins with, after assertions such as {@code \b} and flags such as
     * {@code (?i)}: the product of the regex's leading items whose strings are all known. Empty when a match may
     * begin anywhere else, or with nothing known (an optional or unknown first item).
     */
    static Optional<Set<String>> prefix(String regex) {
        try {
            RequiredLiterals parser = new RequiredLiterals(regex);
            Set<String> run = Set.of("");
            while (parser.at < regex.length() && regex.charAt(parser.at) != '|' && regex.charAt(parser.at) != ')') {
                Info item = parser.quantified();
                Optional<Set<String>> longer = item.exact().isPresent() ? product(run, item.exact().get())
                        : Optional.empty();
                if (longer.isEmpty()) {
                    break;
                }
                run = longer.get();
            }
            boolean wholeBranch = parser.at >= regex.length() || regex.charAt(parser.at) != '|';
            return wholeBranch && run.stream().noneMatch(String::isEmpty) ? Optional.of(run) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What is known of a piece of regex: {@code exact} the whole set of strings it matches (when small),
     * {@code required} sets of which every match contains one string each; only sets worth a lookup are kept.
     */
    private record Info(Optional<Set<String>> exact, List<Set<String>> required) {
        static final Info UNKNOWN = new Info(Optional.empty(), List.of());
        static final Info EMPTY = new Info(Optional.of(Set.of("")), List.of());

        static Info literal(char c) {
            return new Info(Optional.of(Set.of(String.valueOf(c).toLowerCase(Locale.ROOT))), List.of());
        }

        /** Every requirement known: the required sets, and the exact set when it has no empty string. */
        List<Set<String>> need() {
            List<Set<String>> need = new ArrayList<>(required);
            exact.ifPresent(strings -> addUsable(need, strings));
            return need;
        }
    }

    private Info alternation() {
        List<Info> branches = new ArrayList<>();
        branches.add(concatenation());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            branches.add(concatenation());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        Set<String> exact = new LinkedHashSet<>();
        boolean allExact = true;
        List<List<Set<String>>> needs = new ArrayList<>();
        for (Info branch : branches) {
            if (branch.exact().isPresent()) {
                exact.addAll(branch.exact().get());
            } else {
                allExact = false;
            }
            needs.add(branch.need().stream().sorted(BY_SELECTIVITY).toList());
        }
        // A match holds, for the branch it took, a string of each of that branch's sets. So one set per branch,
        // joined, is required of the whole: the k-th most selective of each, or its last where it has fewer.
        List<Set<String>> sets = new ArrayList<>();
        if (needs.stream().noneMatch(List::isEmpty)) {
            int most = needs.stream().mapToInt(List::size).max().orElse(0);
            for (int k = 0; k < Math.min(most, MAX_SETS); k++) {
                Set<String> joined = new LinkedHashSet<>();
                for (List<Set<String>> need : needs) {
                    joined.addAll(need.get(Math.min(k, need.size() - 1)));
                }
                if (joined.size() <= MAX_ALTERNATIVES) {
                    addUsable(sets, joined);
                }
            }
        }
        return new Info(allExact && exact.size() <= MAX_STRINGS ? Optional.of(exact) : Optional.empty(), sets);
    }

    /**
     * Consecutive items whose strings are known multiply into runs ({@code c}, {@code l}, … make {@code class});
     * each run and each other item's requirements are required of the whole.
     */
    private Info concatenation() {
        List<Info> items = new ArrayList<>();
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            items.add(quantified());
        }
        List<Set<String>> required = new ArrayList<>();
        Set<String> run = Set.of("");
        for (Info item : items) {
            if (item.exact().isPresent()) {
                Optional<Set<String>> longer = product(run, item.exact().get());
                if (longer.isPresent()) {
                    run = longer.get();
                } else {
                    addUsable(required, run);
                    run = item.exact().get();
                }
            } else {
                addUsable(required, run);
                run = Set.of("");
                item.required().forEach(set -> addUsable(required, set));
            }
        }
        addUsable(required, run);
        Optional<Set<String>> whole = Optional.of(Set.of(""));
        for (Info item : items) {
            whole = whole.isPresent() && item.exact().isPresent() ? product(whole.get(), item.exact().get()) : Optional.empty();
        }
        return new Info(whole, required);
    }

    private Info quantified() {
        Info atom = atom();
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        int min;
        int max;
        if (c == '*' || c == '+' || c == '?') {
            at++;
            min = c == '+' ? 1 : 0;
            max = c == '?' ? 1 : Integer.MAX_VALUE;
        } else if (c == '{' && repetitionAhead()) {
            int close = regex.indexOf('}', at);
            String[] bounds = regex.substring(at + 1, close).split(",", -1);
            min = Integer.parseInt(bounds[0]);
            max = bounds.length == 1 ? min : bounds[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1]);
            at = close + 1;
        } else {
            return atom;
        }
        if (at < regex.length() && regex.charAt(at) == '?') {
            at++;
        }
        if (min == 0) {
            if (max == 1 && atom.exact().isPresent()) {
                Set<String> optional = new LinkedHashSet<>(atom.exact().get());
                optional.add("");
                return new Info(Optional.of(optional), List.of());
            }
            return Info.UNKNOWN;
        }
        Optional<Set<String>> repeated = repeat(atom.exact(), min);
        List<Set<String>> required = atom.need();
        repeated.ifPresent(strings -> addUsable(required, strings));
        return new Info(min == max ? repeated : Optional.empty(), required);
    }

    /** Every match of {@code x{min,}} begins with {@code min} copies of x: {@code 0{8}} needs "00000000". */
    private static Optional<Set<String>> repeat(Optional<Set<String>> exact, int times) {
        if (exact.isEmpty() || times > MAX_STRINGS) {
            return Optional.empty();
        }
        Optional<Set<String>> out = Optional.of(Set.of(""));
        for (int i = 0; i < times && out.isPresent(); i++) {
            out = product(out.get(), exact.get());
        }
        return out;
    }

    private boolean repetitionAhead() {
        int close = regex.indexOf('}', at);
        return close > at && regex.substring(at + 1, close).matches("\\d+(,\\d*)?");
    }

    private Info atom() {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return Info.UNKNOWN;
            }
            case '.' -> {
                return Info.UNKNOWN;
            }
            case '^', '$' -> {
                return Info.EMPTY;
            }
            case '\\' -> {
                return escape();
            }
            default -> {
                return Info.literal(c);
            }
        }
    }

    private Info group() {
        if (regex.startsWith("?", at)) {
            at++;
            if (regex.startsWith("P<", at) || regex.startsWith("<", at)) {
                at = regex.indexOf('>', at) + 1;
            } else {
                while (at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')') {
                    at++;
                }
                if (regex.charAt(at) == ')') {
                    at++;
                    return Info.EMPTY;
                }
                at++;
            }
        }
        Info inner = alternation();
        if (at >= regex.length() || regex.charAt(at) != ')') {
            throw new IllegalArgumentException("unbalanced group");
        }
        at++;
        return inner;
    }

    private Info escape() {
        char c = regex.charAt(at++);
        if ("bBAz".indexOf(c) >= 0) {
            return Info.EMPTY;
        }
        if (c == 'p' || c == 'P' || c == 'x') {
            if (at < regex.length() && regex.charAt(at) == '{') {
                at = regex.indexOf('}', at) + 1;
            } else {
                at += c == 'x' ? 2 : 1;
            }
            return Info.UNKNOWN;
        }
        if (c == 'Q') {
            int end = regex.indexOf("\\E", at);
            at = end < 0 ? regex.length() : end + 2;
            return Info.UNKNOWN;
        }
        return Character.isLetterOrDigit(c) ? Info.UNKNOWN : Info.literal(c);
    }

    /** Past the class's closing bracket. */
    private void skipClass() {
        at = RegexText.classEnd(regex, at - 1) + 1;
    }

    private static Optional<Set<String>> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MAX_STRINGS) {
            return Optional.empty();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                out.add(a + b);
            }
        }
        return Optional.of(out);
    }

    /** Adds a set worth a lookup (no empty string, none shorter than {@link #MIN_LENGTH}, ASCII) unless present. */
    private static void addUsable(List<Set<String>> sets, Set<String> strings) {
        boolean usable = !strings.isEmpty() && strings.stream()
                .allMatch(string -> string.length() >= MIN_LENGTH && string.chars().allMatch(c -> c < 128));
        if (usable && !sets.contains(strings)) {
            sets.add(strings);
        }
    }

    private static int shortest(Set<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }
}
