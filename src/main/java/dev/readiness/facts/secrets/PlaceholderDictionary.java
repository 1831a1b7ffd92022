package dev.readiness.facts.secrets;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values that stand in for a secret rather than being one: {@code changeme}, {@code <your-key>},
 * {@code ${VAR}}, {@code process.env.X}, documented example keys.
 *
 * @param words    a value containing one of these (case-insensitive) is a placeholder
 * @param patterns a value in which one of these RE2J patterns is found is a placeholder
 * @param values   exact documented example values (AWS's {@code AKIAIOSFODNN7EXAMPLE})
 */
public record PlaceholderDictionary(List<String> words, List<Pattern> patterns, Set<String> values) {

    public PlaceholderDictionary {
        words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        patterns = List.copyOf(patterns);
        values = Set.copyOf(values);
    }

    boolean isPlaceholder(String value) {
        if (values.contains(value)) {
            return true;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        return words.stream().anyMatch(lower::contains) || patterns.stream().anyMatch(p -> p.matcher(value).find());
    }
}
