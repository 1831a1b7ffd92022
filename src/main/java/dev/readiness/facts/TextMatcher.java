package dev.readiness.facts;

import dev.readiness.facts.secrets.KeywordHits;
import java.util.List;
import java.util.Map;

/** Looks at a file's text while it is in memory; the rule patterns are one. Thread-safe. */
public interface TextMatcher {

    /** The keywords it needs found, per group: the audit looks for them in one pass with everyone else's. */
    List<List<String>> keywordGroups();

    /**
     * Evidence per key (a pattern id) for this file; absent keys found nothing.
     *
     * @param hits where the groups of {@link #keywordGroups()} occur in the file, numbered as there
     */
    Map<String, List<Evidence>> match(SourceFile file, KeywordHits hits);
}
