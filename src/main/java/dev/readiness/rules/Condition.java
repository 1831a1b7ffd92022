package dev.readiness.rules;

import com.google.re2j.Pattern;
import dev.readiness.facts.CoverageReport;
import dev.readiness.facts.Dependency;
import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.EnvReference;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.Heading;
import dev.readiness.facts.ImportRef;
import dev.readiness.facts.Platform;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.PathGlob;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rule's condition: predicates over the facts, combined with all/any/not. It is judged for the whole repository,
 * or, for a rule with {@code scope: file}, file by file ({@link #evaluateIn}).
 */
public sealed interface Condition {

    /** Roles whose files do not count as the system's own code unless a predicate asks for them. */
    Set<FileRole> NOT_PRODUCT_CODE = Set.of(FileRole.TEST, FileRole.DOC, FileRole.EXAMPLE);

    /** How many names of a predicate's list a description shows. */
    int NAMES_SHOWN = 5;

    /** How many places, and how much of each line, a reason shows. */
    int PLACES_SHOWN = 2;
    int SNIPPET_SHOWN = 60;

    Match evaluate(AuditFacts facts);

    /**
     * Whether this holds in each of the files {@code paths}, file by file: a predicate about what files contain
     * (pattern, import, file, role, env-referenced, heading) looks only in that file; one about the repository as a
     * whole (its manifests, .env files, coverage reports, checks and stack) gives the same answer for every file.
     * All the files are asked at once, so that each predicate looks at the facts once, not once per file.
     *
     * @return a match for every path given
     */
    default Map<String, Match> evaluateIn(AuditFacts facts, Collection<String> paths) {
        Match everywhere = evaluate(facts);
        Map<String, Match> byFile = new HashMap<>();
        paths.forEach(path -> byFile.put(path, everywhere));
        return byFile;
    }

    /** The files in which a predicate about file contents found something: where a per-file rule has to look. */
    default Set<String> filesFound(AuditFacts facts) {
        return Set.of();
    }

    /** Whether some predicate of this one looks at file contents, so that {@link #filesFound} can name files. */
    default boolean looksInFiles() {
        return false;
    }

    /** A phrase for reports: what would make this hold ("a dependency on stripe"). */
    String describe();

    /**
     * Why this does not hold on these facts, for an N/A reason: by default what is missing ("no dependency on
     * stripe"). A negation and an {@code all} say more precisely what stood in the way.
     */
    default String unmet(AuditFacts facts) {
        return absenceOf(this);
    }

    /**
     * What was found when this holds, for the reason a negation of it does not: the description and where it
     * was seen, so a reader can check the signal ("a dependency on @clerk/* (@clerk/nextjs 4.29 at package.json:5)").
     */
    default String found(AuditFacts facts) {
        List<Evidence> evidence = evaluate(facts).evidence();
        return evidence.isEmpty() ? describe() : describe() + " (" + places(evidence) + ")";
    }

    /** {@code all:} and {@code any:}: every part is evaluated once, and the evidence of all of them is kept. */
    sealed interface Combination extends Condition {

        List<Condition> parts();

        /** True for {@code all:}, false for {@code any:}. */
        boolean every();

        default Match evaluate(AuditFacts facts) {
            return combine(parts().stream().map(p -> p.evaluate(facts)).toList());
        }

        @Override
        default Map<String, Match> evaluateIn(AuditFacts facts, Collection<String> paths) {
            List<Map<String, Match>> byPart = parts().stream().map(p -> p.evaluateIn(facts, paths)).toList();
            Map<String, Match> byFile = new HashMap<>();
            for (String path : paths) {
                byFile.put(path, combine(byPart.stream().map(part -> part.get(path)).toList()));
            }
            return byFile;
        }

        @Override
        default Set<String> filesFound(AuditFacts facts) {
            Set<String> files = new TreeSet<>();
            parts().forEach(part -> files.addAll(part.filesFound(facts)));
            return files;
        }

        @Override
        default boolean looksInFiles() {
            return parts().stream().anyMatch(Condition::looksInFiles);
        }

        default String describe() {
            return parts().stream().map(Condition::describe).collect(Collectors.joining(every() ? " and " : " or "));
        }

        private Match combine(List<Match> matches) {
            boolean holds = every();
            List<Evidence> evidence = new ArrayList<>();
            for (Match match : matches) {
                holds = every() ? holds && match.holds() : holds || match.holds();
                evidence.addAll(match.evidence());
            }
            return Match.of(holds, evidence);
        }
    }

    record All(List<Condition> parts) implements Combination {
        public boolean every() {
            return true;
        }

        /** Only the parts that fail: the others are not why it does not apply. */
        public String unmet(AuditFacts facts) {
            return parts.stream().filter(p -> !p.evaluate(facts).holds()).map(p -> p.unmet(facts))
                    .collect(Collectors.joining(" and "));
        }
    }

    record Any(List<Condition> parts) implements Combination {
        public boolean every() {
            return false;
        }
    }

    /** Keeps the negated part's evidence: it shows why the negation failed. */
    record Not(Condition part) implements Condition {
        public Match evaluate(AuditFacts facts) {
            Match match = part.evaluate(facts);
            return Match.of(!match.holds(), match.evidence());
        }

        @Override
        public Map<String, Match> evaluateIn(AuditFacts facts, Collection<String> paths) {
            Map<String, Match> byFile = new HashMap<>(part.evaluateIn(facts, paths));
            byFile.replaceAll((path, match) -> Match.of(!match.holds(), match.evidence()));
            return byFile;
        }

        @Override
        public Set<String> filesFound(AuditFacts facts) {
            return part.filesFound(facts);
        }

        @Override
        public boolean looksInFiles() {
            return part.looksInFiles();
        }

        public String describe() {
            return absenceOf(part);
        }

        /** A negation fails because its part was found: say what and where ("deployed on Vercel (vercel.json)"). */
        public String unmet(AuditFacts facts) {
            return part.found(facts);
        }
    }

    /**
     * A predicate about what files contain: it holds where it finds something, and each place it finds is in one
     * file, so it can also be asked about a single file.
     */
    sealed interface InFiles extends Condition {

        /** Every place found, uncapped: a per-file judgement must not lose a file to the report's evidence cap. */
        List<Evidence> find(AuditFacts facts);

        default Match evaluate(AuditFacts facts) {
            return Match.found(find(facts));
        }

        @Override
        default Map<String, Match> evaluateIn(AuditFacts facts, Collection<String> paths) {
            Map<String, List<Evidence>> found = new HashMap<>();
            paths.forEach(path -> found.put(path, new ArrayList<>()));
            for (Evidence place : find(facts)) {
                List<Evidence> into = found.get(place.path());
                if (into != null) {
                    into.add(place);
                }
            }
            Map<String, Match> byFile = new HashMap<>();
            found.forEach((path, places) -> byFile.put(path, Match.found(places)));
            return byFile;
        }

        @Override
        default Set<String> filesFound(AuditFacts facts) {
            return find(facts).stream().map(Evidence::path).collect(Collectors.toCollection(TreeSet::new));
        }

        @Override
        default boolean looksInFiles() {
            return true;
        }
    }

    record DependencyOn(List<NamePattern> names, DependencyScope scope) implements Condition {
        public Match evaluate(AuditFacts facts) {
            // a manifest under tests/ still declares the project's test tools; one under examples/ declares nothing
            List<Dependency> inScope = facts.inventory().dependencies().stream().filter(scope::admits)
                    .filter(d -> !isExample(facts, d.path())).toList();
            return Match.found(named(inScope, Dependency::name, names, d -> new Evidence(d.path(), d.line(),
                    d.version().isEmpty() ? d.name() : d.name() + " " + d.version())));
        }

        public String describe() {
            return "a dependency on " + join(names);
        }
    }

    /** A relative import names the project's own files, never a package the predicate could mean. */
    record Imports(List<NamePattern> modules) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            // every Imports condition meets every distinct module: loops, and the lower case worked out once
            Set<String> matching = new HashSet<>();
            facts.inventory().importedModulesLowerCased().forEach((module, lower) -> {
                for (NamePattern pattern : modules) {
                    if (pattern.matchesLowerCaseModule(lower)) {
                        matching.add(module);
                        return;
                    }
                }
            });
            if (matching.isEmpty()) {
                return found;
            }
            // one line can record several modules (from a import b records a and a.b): it is one piece of evidence
            Set<String> places = new HashSet<>();
            for (ImportRef ref : facts.inventory().imports()) {
                if (!matching.contains(ref.module()) || ref.relative()) {
                    continue;
                }
                boolean productCode = facts.inventory().roleOf(ref.path())
                        .map(role -> !NOT_PRODUCT_CODE.contains(role)).orElse(true);
                if (productCode && places.add(ref.path() + ":" + ref.line())) {
                    found.add(new Evidence(ref.path(), ref.line(), "import " + ref.module()));
                }
            }
            return found;
        }

        public String describe() {
            return "an import of " + join(modules);
        }
    }

    record FileExists(List<String> globs, List<PathGlob> compiled) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            for (FileEntry file : facts.inventory().files()) {
                if (file.role() != FileRole.EXAMPLE && PathGlob.anyMatches(compiled, file.path())) {
                    found.add(Evidence.ofFile(file.path()));
                }
            }
            return found;
        }

        public String describe() {
            return "a file matching " + String.join(", ", globs);
        }
    }

    record PatternFound(PatternSpec spec) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            return facts.inventory().patternHits(spec.id());
        }

        public String describe() {
            return spec.about();
        }
    }

    /** A Markdown heading of a file the globs match (any Markdown file when there are none) matches the regex. */
    record HeadingMatches(Pattern regex, List<PathGlob> files, String about) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            for (Heading heading : facts.inventory().headings()) {
                boolean inFiles = files.isEmpty() || PathGlob.anyMatches(files, heading.path());
                if (inFiles && regex.matcher(heading.text()).find()) {
                    found.add(new Evidence(heading.path(), heading.line(),
                            "#".repeat(heading.level()) + " " + heading.text()));
                }
            }
            return found;
        }

        public String describe() {
            return about;
        }
    }

    /**
     * The coverage reports on disk, taken together, cover fewer lines than {@code minPercent}. Without a report
     * it does not hold: a missing report is for the rule's applicability to say.
     */
    record CoverageBelow(double minPercent) implements Condition {
        public Match evaluate(AuditFacts facts) {
            long covered = 0;
            long total = 0;
            List<Evidence> evidence = new ArrayList<>();
            for (CoverageReport report : facts.inventory().coverage()) {
                covered += report.covered();
                total += report.total();
                evidence.add(new Evidence(report.path(), 0, report.summary()));
            }
            if (total == 0) {
                return Match.of(false, evidence);
            }
            double percent = 100.0 * covered / total;
            evidence.add(new Evidence(".", 0, String.format(Locale.ROOT,
                    "%.1f%% of %d lines covered in all; at least %s%% expected", percent, total, percentText())));
            return Match.of(percent < minPercent, evidence);
        }

        public String describe() {
            return "line coverage below " + percentText() + "%";
        }

        private String percentText() {
            return minPercent == Math.rint(minPercent) ? String.valueOf((long) minPercent) : String.valueOf(minPercent);
        }
    }

    record EnvReferenced(List<NamePattern> names) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            List<EnvReference> outsideExamples = facts.inventory().envReferences().stream()
                    .filter(r -> !isExample(facts, r.path())).toList();
            return named(outsideExamples, EnvReference::name, names,
                    r -> new Evidence(r.path(), r.line(), r.name()));
        }

        public String describe() {
            return "code reading the environment variable " + join(names);
        }
    }

    record EnvDeclared(List<NamePattern> names) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<EnvDeclaration> outsideExamples = facts.inventory().envDeclarations().stream()
                    .filter(d -> !isExample(facts, d.path())).toList();
            return Match.found(named(outsideExamples, EnvDeclaration::name, names,
                    d -> new Evidence(d.path(), d.line(), d.name() + "=…")));
        }

        public String describe() {
            return "a .env file setting " + join(names);
        }
    }

    record RolePresent(Set<FileRole> roles) implements InFiles {
        public List<Evidence> find(AuditFacts facts) {
            return facts.inventory().files().stream()
                    .filter(f -> roles.contains(f.role()))
                    .map(f -> Evidence.ofFile(f.path()))
                    .toList();
        }

        public String describe() {
            return roles.stream().map(FileRole::id).sorted().collect(Collectors.joining(" or ")) + " files";
        }
    }

    record CheckHolds(String name, Check check) implements Condition {
        public Match evaluate(AuditFacts facts) {
            return check.evaluate(facts);
        }

        public String describe() {
            return check.describe();
        }
    }

    /** Compares against the detected stack: kind of system, frameworks, or languages. */
    record StackIs(StackAspect aspect, Set<String> values) implements Condition {
        public Match evaluate(AuditFacts facts) {
            if (facts.stack() == null) {
                throw new IllegalStateException("stack predicate evaluated before the stack was detected");
            }
            boolean holds = switch (aspect) {
                case KIND -> values.contains(facts.stack().kind());
                case FRAMEWORK -> facts.stack().frameworks().stream().anyMatch(values::contains);
                case LANGUAGE -> facts.stack().languages().keySet().stream().anyMatch(values::contains);
            };
            return new Match(holds, List.of());
        }

        public String describe() {
            String list = values.stream().sorted().collect(Collectors.joining(" or "));
            return switch (aspect) {
                case KIND -> "a system of kind " + list;
                case FRAMEWORK -> "the framework " + list;
                case LANGUAGE -> "source in " + list;
            };
        }
    }

    enum StackAspect { KIND, FRAMEWORK, LANGUAGE }

    /**
     * The repository deploys to one of the platforms {@code stack.yml} lists under {@code platforms}
     * ({@code *} for any of them). Its evidence is what showed the platform.
     */
    record OnPlatform(List<NamePattern> ids) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<Platform> found = matching(facts);
            return Match.of(!found.isEmpty(), found.stream().flatMap(p -> p.evidence().stream()).toList());
        }

        public String describe() {
            boolean any = ids.stream().anyMatch(id -> id.prefix() && id.text().isEmpty());
            return "deployment on " + (any ? "a serverless or managed platform" : join(ids));
        }

        /** Names each platform with what showed it, as a reader would say it. */
        public String found(AuditFacts facts) {
            return "deployed on " + matching(facts).stream().map(p -> p.name() + " (" + places(p.evidence()) + ")")
                    .collect(Collectors.joining(" and "));
        }

        private List<Platform> matching(AuditFacts facts) {
            if (facts.stack() == null) {
                throw new IllegalStateException("platform predicate evaluated before the stack was detected");
            }
            return facts.stack().platforms().stream()
                    .filter(p -> ids.stream().anyMatch(id -> id.matchesName(p.id()))).toList();
        }
    }

    /** "no dependency on stripe": how a report says that a condition does not hold. */
    static String absenceOf(Condition condition) {
        String phrase = condition.describe();
        String noun = phrase.startsWith("a ") ? phrase.substring(2) : phrase.startsWith("an ") ? phrase.substring(3) : phrase;
        return "no " + noun;
    }

    /** At most two places, shortened, so that a reason stays one readable line. */
    private static String places(List<Evidence> evidence) {
        String shown = evidence.stream().limit(PLACES_SHOWN).map(Condition::place).collect(Collectors.joining(", "));
        return evidence.size() > PLACES_SHOWN ? shown + " and " + (evidence.size() - PLACES_SHOWN) + " more" : shown;
    }

    /** A file by its path; a line by what is on it and where ("@types/aws-lambda 8.10 at package.json:12"). */
    private static String place(Evidence evidence) {
        if (evidence.snippet().isEmpty()) {
            return evidence.location();
        }
        String snippet = evidence.snippet().length() <= SNIPPET_SHOWN ? evidence.snippet()
                : evidence.snippet().substring(0, SNIPPET_SHOWN - 1) + "…";
        return snippet + " at " + evidence.location();
    }

    private static boolean isExample(AuditFacts facts, String path) {
        return facts.inventory().roleOf(path).filter(role -> role == FileRole.EXAMPLE).isPresent();
    }

    /** The facts whose name one of the patterns matches, as evidence. */
    private static <T> List<Evidence> named(List<T> facts, Function<T, String> name, List<NamePattern> names,
                                            Function<T, Evidence> evidence) {
        List<Evidence> found = new ArrayList<>();
        for (T fact : facts) {
            String candidate = name.apply(fact);
            if (names.stream().anyMatch(n -> n.matchesName(candidate))) {
                found.add(evidence.apply(fact));
            }
        }
        return found;
    }

    /** Long lists are cut, so an N/A reason or a rule table stays readable. */
    private static String join(List<NamePattern> names) {
        String shown = names.stream().limit(NAMES_SHOWN).map(NamePattern::toString).collect(Collectors.joining(", "));
        return names.size() > NAMES_SHOWN ? shown + " (+" + (names.size() - NAMES_SHOWN) + " more)" : shown;
    }
}
