package dev.readiness.rules;

import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.source.EnvFileNames;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Holds when a non-template {@code .env} file in the tree assigns real values. */
final class EnvFileWithValuesCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        Map<String, EnvDeclaration> firstValue = new LinkedHashMap<>();
        for (EnvDeclaration declaration : facts.inventory().envDeclarations()) {
            if (declaration.hasValue() && !EnvFileNames.isTemplate(FileEntry.fileNameOf(declaration.path()))) {
                firstValue.putIfAbsent(declaration.path(), declaration);
            }
        }
        List<Evidence> evidence = new ArrayList<>();
        for (EnvDeclaration declaration : firstValue.values()) {
            long values = facts.inventory().envDeclarations().stream()
                    .filter(d -> d.path().equals(declaration.path()) && d.hasValue()).count();
            evidence.add(new Evidence(declaration.path(), declaration.line(),
                    values + " variables with values, e.g. " + declaration.name() + "=…"));
        }
        return Match.of(!evidence.isEmpty(), evidence);
    }

    @Override
    public String describe() {
        return "a .env file with values in the tree";
    }
}
