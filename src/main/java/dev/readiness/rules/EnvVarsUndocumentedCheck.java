package dev.readiness.rules;

import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.EnvReference;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.source.EnvFileNames;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Holds when product code reads an environment variable that no template env file documents. */
final class EnvVarsUndocumentedCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        Set<String> documented = facts.inventory().envDeclarations().stream()
                .filter(d -> EnvFileNames.isTemplate(FileEntry.fileNameOf(d.path())))
                .map(EnvDeclaration::name)
                .collect(Collectors.toSet());
        TreeMap<String, EnvReference> firstReading = new TreeMap<>();
        for (EnvReference ref : facts.inventory().envReferences()) {
            boolean productCode = facts.inventory().roleOf(ref.path())
                    .map(role -> !Condition.NOT_PRODUCT_CODE.contains(role)).orElse(true);
            if (productCode && !documented.contains(ref.name())) {
                firstReading.merge(ref.name(), ref, (a, b) -> earlier(a, b));
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        firstReading.forEach((name, ref) -> evidence.add(new Evidence(ref.path(), ref.line(), name)));
        return new Match(!evidence.isEmpty(), evidence);
    }

    private static EnvReference earlier(EnvReference a, EnvReference b) {
        int byPath = a.path().compareTo(b.path());
        return byPath < 0 || (byPath == 0 && a.line() <= b.line()) ? a : b;
    }

    @Override
    public String describe() {
        return "environment variables read in code but missing from every .env.example";
    }
}
