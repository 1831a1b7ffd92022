package dev.readiness.rules;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.Inventory;
import dev.readiness.facts.Platform;
import dev.readiness.facts.Stack;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** Works out languages, frameworks, the kind of system and platforms from the facts and {@code stack.yml}. */
public final class StackDetector {
    static final String DEFAULT_KIND = "library";
    private final StackKnowledge knowledge;

    public StackDetector(StackKnowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Stack detect(Inventory inventory) {
        SortedMap<String, Integer> languages = new TreeMap<>();
        for (FileEntry file : inventory.files()) {
            if (file.language().isProgramming()) {
                languages.merge(file.language().id(), 1, Integer::sum);
            }
        }
        SortedSet<String> ecosystems = new TreeSet<>();
        inventory.dependencies().stream().map(Dependency::ecosystem).forEach(ecosystems::add);
        AuditFacts withoutStack = new AuditFacts(inventory, null);
        List<String> frameworks = new ArrayList<>();
        for (StackKnowledge.Framework framework : knowledge.frameworks()) {
            if (framework.when().evaluate(withoutStack).holds()) {
                frameworks.add(framework.id());
            }
        }
        Stack partial = new Stack(languages, List.copyOf(frameworks), DEFAULT_KIND, ecosystems);
        AuditFacts withFrameworks = new AuditFacts(inventory, partial);
        String kind = knowledge.kinds().stream()
                .filter(k -> k.when().evaluate(withFrameworks).holds())
                .map(StackKnowledge.Kind::id)
                .findFirst().orElse(DEFAULT_KIND);
        List<Platform> platforms = new ArrayList<>();
        for (StackKnowledge.Platform platform : knowledge.platforms()) {
            Match match = platform.when().evaluate(withoutStack);
            if (match.holds()) {
                platforms.add(new Platform(platform.id(), platform.name(), match.evidence()));
            }
        }
        return new Stack(languages, List.copyOf(frameworks), kind, ecosystems, platforms);
    }
}
