package dev.readiness.facts;

import java.util.List;
import java.util.Map;

/** Looks at a file's text while it is in memory; the rule patterns are one. Thread-safe. */
public interface TextMatcher {

    /** Evidence per key (a pattern id) for this file; absent keys found nothing. */
    Map<String, List<Evidence>> match(SourceFile file);
}
