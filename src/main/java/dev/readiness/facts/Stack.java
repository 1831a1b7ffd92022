package dev.readiness.facts;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What a repository is built from.
 *
 * @param languages  number of source files per language id, for programming languages only
 * @param frameworks ids of detected frameworks, sorted
 * @param kind       kind of system: {@code web-service}, {@code worker}, {@code cli}, {@code library}, …
 * @param ecosystems package ecosystems the repository declares dependencies in ({@code pypi}, {@code npm}, …)
 * @param platforms  serverless or managed platforms it deploys to, in {@code stack.yml}'s order; usually none
 */
public record Stack(SortedMap<String, Integer> languages, List<String> frameworks, String kind,
                    SortedSet<String> ecosystems, List<Platform> platforms) {

    public Stack {
        platforms = List.copyOf(platforms);
    }

    /** A stack deployed to no known platform, as most are. */
    public Stack(SortedMap<String, Integer> languages, List<String> frameworks, String kind,
                 SortedSet<String> ecosystems) {
        this(languages, frameworks, kind, ecosystems, List.of());
    }
}
