package dev.readiness.rules;

import com.google.re2j.Pattern;
import dev.readiness.facts.CoverageReport;
import dev.readiness.facts.Dependency;
import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.EnvReference;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.Heading;
import dev.readiness.facts.ImportRef;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.PathGlob;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A rule's condition: predicates over the facts, combined with all/any/not. */
public sealed interface Condition {

    /** Roles whose files do not count as the system's own code unless a predicate asks for them. */
    Set<FileRole> NOT_PRODUCT_CODE = Set.of(FileRole.TEST, FileRole.DOC, FileRole.EXAMPLE);

    /** How many names of a predicate's list a description shows. */
    int NAMES_SHOWN = 5;

    Match evaluate(AuditFacts facts);

    /** A phrase for reports: what would make this hold ("a dependency on stripe"). */
    String describe();

    record All(List<Condition> parts) implements Condition {
        public Match evaluate(AuditFacts facts) {
            boolean holds = true;
            List<Evidence> evidence = new ArrayList<>();
            for (Condition part : parts) {
                Match match = part.evaluate(facts);
                holds &= match.holds();
                evidence.addAll(match.evidence());
            }
            return Match.of(holds, evidence);
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" and "));
        }
    }

    record Any(List<Condition> parts) implements Condition {
        public Match evaluate(AuditFacts facts) {
            boolean holds = false;
            List<Evidence> evidence = new ArrayList<>();
            for (Condition part : parts) {
                Match match = part.evaluate(facts);
                holds |= match.holds();
                evidence.addAll(match.evidence());
            }
            return Match.of(holds, evidence);
        }

        public String describe() {
            return parts.stream().map(Condition::describe).collect(Collectors.joining(" or "));
        }
    }

    /** Keeps the negated part's evidence: it shows why the negation failed. */
    record Not(Condition part) implements Condition {
        public Match evaluate(AuditFacts facts) {
            Match match = part.evaluate(facts);
            return Match.of(!match.holds(), match.evidence());
        }

        public String describe() {
            return absenceOf(part);
        }
    }

    record DependencyOn(List<NamePattern> names, DependencyScope scope) implements Condition {
        public Match evaluate(AuditFacts facts) {
            // a manifest under tests/ still declares the project's test tools; one under examples/ declares nothing
            List<Dependency> inScope = facts.inventory().dependencies().stream().filter(scope::admits)
                    .filter(d -> !isExample(facts, d.path())).toList();
            return named(inScope, Dependency::name, names, d -> new Evidence(d.path(), d.line(),
                    d.version().isEmpty() ? d.name() : d.name() + " " + d.version()));
        }

        public String describe() {
            return "a dependency on " + join(names);
        }
    }

    /** A relative import names the project's own files, never a package the predicate could mean. */
    record Imports(List<NamePattern> modules) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            for (ImportRef ref : facts.inventory().imports()) {
                boolean productCode = facts.inventory().roleOf(ref.path())
                        .map(role -> !NOT_PRODUCT_CODE.contains(role)).orElse(true);
                if (productCode && !ref.relative() && modules.stream().anyMatch(m -> m.matchesModule(ref.module()))) {
                    found.add(new Evidence(ref.path(), ref.line(), "import " + ref.module()));
                }
            }
            return Match.found(found);
        }

        public String describe() {
            return "an import of " + join(modules);
        }
    }

    record FileExists(List<String> globs, List<PathGlob> compiled) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            for (FileEntry file : facts.inventory().files()) {
                if (file.role() != FileRole.EXAMPLE && compiled.stream().anyMatch(g -> g.matches(file.path()))) {
                    found.add(Evidence.ofFile(file.path()));
                }
            }
            return Match.found(found);
        }

        public String describe() {
            return "a file matching " + String.join(", ", globs);
        }
    }

    record PatternFound(PatternSpec spec) implements Condition {
        public Match evaluate(AuditFacts facts) {
            return Match.found(facts.inventory().patternHits(spec.id()));
        }

        public String describe() {
            return spec.about();
        }
    }

    /** A Markdown heading of a file the globs match (any Markdown file when there are none) matches the regex. */
    record HeadingMatches(Pattern regex, List<PathGlob> files, String about) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<Evidence> found = new ArrayList<>();
            for (Heading heading : facts.inventory().headings()) {
                boolean inFiles = files.isEmpty() || files.stream().anyMatch(g -> g.matches(heading.path()));
                if (inFiles && regex.matcher(heading.text()).find()) {
                    found.add(new Evidence(heading.path(), heading.line(),
                            "#".repeat(heading.level()) + " " + heading.text()));
                }
            }
            return Match.found(found);
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

    record EnvReferenced(List<NamePattern> names) implements Condition {
        public Match evaluate(AuditFacts facts) {
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
            return named(outsideExamples, EnvDeclaration::name, names,
                    d -> new Evidence(d.path(), d.line(), d.name() + "=…"));
        }

        public String describe() {
            return "a .env file setting " + join(names);
        }
    }

    record RolePresent(Set<FileRole> roles) implements Condition {
        public Match evaluate(AuditFacts facts) {
            List<Evidence> found = facts.inventory().files().stream()
                    .filter(f -> roles.contains(f.role()))
                    .map(f -> Evidence.ofFile(f.path()))
                    .toList();
            return Match.found(found);
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

    /** "no dependency on stripe": how a report says that a condition does not hold. */
    static String absenceOf(Condition condition) {
        String phrase = condition.describe();
        String noun = phrase.startsWith("a ") ? phrase.substring(2) : phrase.startsWith("an ") ? phrase.substring(3) : phrase;
        return "no " + noun;
    }

    private static boolean isExample(AuditFacts facts, String path) {
        return facts.inventory().roleOf(path).filter(role -> role == FileRole.EXAMPLE).isPresent();
    }

    /** The facts whose name one of the patterns matches, as evidence. */
    private static <T> Match named(List<T> facts, Function<T, String> name, List<NamePattern> names,
                                   Function<T, Evidence> evidence) {
        List<Evidence> found = new ArrayList<>();
        for (T fact : facts) {
            String candidate = name.apply(fact);
            if (names.stream().anyMatch(n -> n.matchesName(candidate))) {
                found.add(evidence.apply(fact));
            }
        }
        return Match.found(found);
    }

    /** Long lists are cut, so an N/A reason or a rule table stays readable. */
    private static String join(List<NamePattern> names) {
        String shown = names.stream().limit(NAMES_SHOWN).map(NamePattern::toString).collect(Collectors.joining(", "));
        return names.size() > NAMES_SHOWN ? shown + " (+" + (names.size() - NAMES_SHOWN) + " more)" : shown;
    }
}
