package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.ImportRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Judges a rule with {@code scope: file}. Every file where {@code applies-when} holds (a webhook route) is
 * <em>covered</em> when {@code passes-when} holds:
 * <ol>
 *   <li>in the file itself;</li>
 *   <li>in a file of the repository it imports (the route imports {@code verify_signature} from a helper), also
 *       through a package index that gathers the helper's exports ({@code index.ts}, {@code __init__.py});</li>
 *   <li>in another file of its Go, Java or Kotlin package, which it uses without an import, as long as that file is
 *       not itself judged (a verified controller must not vouch for its unverified neighbour);</li>
 *   <li>in a file that imports it (a verified route hands the verified event to the module that handles it).</li>
 * </ol>
 * Each link is one step: what a helper's helper does is not followed. The rule passes when every judged file is
 * covered, fails when none is, and is partial otherwise, its evidence the uncovered places first and then what
 * covers the others.
 */
final class PerFileJudge {
    private final AuditFacts facts;
    /** Built when a rule first judges a file: it indexes every file and import, and most trees judge none. */
    private ImportResolver imports;

    PerFileJudge(AuditFacts facts) {
        this.facts = facts;
    }

    private ImportResolver imports() {
        if (imports == null) {
            imports = new ImportResolver(facts.inventory());
        }
        return imports;
    }

    Outcome judge(Rule rule) {
        Condition applies = rule.appliesWhen().orElseThrow();
        Map<String, Match> judged = new TreeMap<>();
        applies.evaluateIn(facts, applies.filesFound(facts)).forEach((path, match) -> {
            if (match.holds()) {
                judged.put(path, match);
            }
        });
        if (judged.isEmpty()) {
            return new Outcome.NotApplicable(Condition.absenceOf(applies));
        }
        Map<String, Match> passes = passesWhereItMatters(rule.condition(), judged.keySet());
        Map<String, List<Evidence>> importers = importersThatPass(passes);
        List<Evidence> open = new ArrayList<>();
        List<Evidence> covered = new ArrayList<>();
        int coveredFiles = 0;
        for (Map.Entry<String, Match> file : judged.entrySet()) {
            Optional<List<Evidence>> cover = coverage(file.getKey(), judged.keySet(), passes, importers);
            if (cover.isPresent()) {
                coveredFiles++;
                covered.addAll(cover.get());
            } else {
                open.addAll(file.getValue().evidence());
            }
        }
        List<Evidence> passing = Match.of(true, covered).evidence();
        if (open.isEmpty()) {
            return new Outcome.Passed(passing);
        }
        List<Evidence> failing = Match.of(true, open).evidence();
        if (coveredFiles == 0) {
            return new Outcome.Failed(failing);
        }
        List<Evidence> evidence = new ArrayList<>(failing);
        evidence.addAll(passing);
        return new Outcome.Partial(evidence, passing);
    }

    /**
     * {@code passes-when} in every file that can cover a judged one: the judged files, what they import, their
     * package neighbours, and the files where it finds something (which may import a judged file).
     */
    private Map<String, Match> passesWhereItMatters(Condition passes, Set<String> judged) {
        Set<String> files = new TreeSet<>(judged);
        for (String path : judged) {
            imports().importsOf(path).forEach(ref -> files.addAll(imports().resolveThroughIndex(ref)));
            files.addAll(imports().samePackage(path));
        }
        files.addAll(passes.filesFound(facts));
        return passes.evaluateIn(facts, files);
    }

    /** Per file, the imports of it by files where {@code passes-when} holds, with what holds there. */
    private Map<String, List<Evidence>> importersThatPass(Map<String, Match> passes) {
        Map<String, List<Evidence>> importers = new HashMap<>();
        for (Map.Entry<String, Match> file : new TreeMap<>(passes).entrySet()) {
            if (!file.getValue().holds()) {
                continue;
            }
            for (ImportRef ref : imports().importsOf(file.getKey())) {
                for (String target : imports().resolve(ref)) {
                    List<Evidence> into = importers.computeIfAbsent(target, k -> new ArrayList<>());
                    into.add(new Evidence(file.getKey(), ref.line(), ref.statement()));
                    into.addAll(file.getValue().evidence());
                }
            }
        }
        return importers;
    }

    /** What covers the file, in the order of the class comment; empty when nothing does. */
    private Optional<List<Evidence>> coverage(String path, Set<String> judged, Map<String, Match> passes,
                                              Map<String, List<Evidence>> importers) {
        Match own = passes.get(path);
        if (own.holds()) {
            return Optional.of(own.evidence());
        }
        List<Evidence> found = new ArrayList<>();
        for (ImportRef ref : imports().importsOf(path)) {
            for (String target : imports().resolveThroughIndex(ref)) {
                Match there = passes.get(target);
                if (!target.equals(path) && there.holds()) {
                    found.add(new Evidence(path, ref.line(), ref.statement()));
                    found.addAll(there.evidence());
                }
            }
        }
        if (found.isEmpty()) {
            for (String neighbour : imports().samePackage(path)) {
                Match there = passes.get(neighbour);
                if (!judged.contains(neighbour) && there.holds()) {
                    found.addAll(there.evidence());
                }
            }
        }
        if (found.isEmpty()) {
            found.addAll(importers.getOrDefault(path, List.of()));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }
}
