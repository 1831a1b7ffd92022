package dev.readiness.facts.secrets;

import java.util.List;
import java.util.Set;

/** The knowledge in {@code rules/secrets.yml}: the detectors, the placeholder dictionary and the contexts. */
public record SecretDetectors(List<SecretDetector> detectors, PlaceholderDictionary placeholders,
                              SecretContexts contexts) {

    public SecretDetectors {
        detectors = List.copyOf(detectors);
    }

    /** For a rule set without {@code secrets.yml}: finds nothing. */
    public static SecretDetectors none() {
        return new SecretDetectors(List.of(), new PlaceholderDictionary(List.of(), List.of(), Set.of()),
                new SecretContexts(Set.of(), List.of()));
    }
}
