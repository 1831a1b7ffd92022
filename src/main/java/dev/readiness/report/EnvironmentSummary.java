package dev.readiness.report;

import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.EnvReference;
import dev.readiness.facts.Evidence;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.source.EnvFileNames;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Environment variables: read by the product's code, documented in template env files, and the
 * difference.
 */
record EnvironmentSummary(Map<String, List<Evidence>> referenced, Set<String> documented, Set<String> undocumented) {

    static EnvironmentSummary of(Inventory inventory) {
        Map<String, List<Evidence>> referenced = new TreeMap<>();
        for (EnvReference ref : inventory.envReferences()) {
            FileRole role = inventory.roleOf(ref.path()).orElse(FileRole.SOURCE);
            if (role != FileRole.TEST && role != FileRole.DOC && role != FileRole.EXAMPLE) {
                referenced.computeIfAbsent(ref.name(), n -> new ArrayList<>())
                        .add(new Evidence(ref.path(), ref.line(), ""));
            }
        }
        referenced.replaceAll((name, places) -> places.stream().sorted().distinct().toList());
        Set<String> documented = new TreeSet<>();
        for (EnvDeclaration declaration : inventory.envDeclarations()) {
            if (EnvFileNames.isTemplate(FileEntry.fileNameOf(declaration.path()))) {
                documented.add(declaration.name());
            }
        }
        Set<String> undocumented = new TreeSet<>(referenced.keySet());
        undocumented.removeAll(documented);
        return new EnvironmentSummary(referenced, documented, undocumented);
    }
}
