package dev.readiness.rules;

import com.google.re2j.Pattern;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import dev.readiness.scan.PathGlob;
import java.util.List;
import java.util.Set;

/**
 * A {@code pattern} predicate's regex with the files it may look at.
 *
 * @param id        where it was written ({@code payments.yml:14:9}): unique and stable between runs
 * @param about     what a match means, for reports
 * @param multiline whether the regex sees the whole text; otherwise each line is matched on its own,
 *                  as grep does, so {@code \s} never crosses a line break and {@code ^}/{@code $} are
 *                  the line's ends
 */
public record PatternSpec(String id, Pattern regex, List<PathGlob> files, List<PathGlob> exclude,
                          Set<FileRole> roles, Set<Language> languages, String about, boolean multiline) {

    /** Decided from the entry alone, before the file is read. */
    public boolean appliesTo(FileEntry entry) {
        return admits(entry.role(), entry.language()) && appliesToPath(entry.path());
    }

    /** The part of {@link #appliesTo} that the file's role and language decide. */
    boolean admits(FileRole role, Language language) {
        return roles.contains(role) && (languages.isEmpty() || languages.contains(language));
    }

    /** The part of {@link #appliesTo} that the file's path decides. */
    boolean appliesToPath(String path) {
        // loops, not streams: this runs for every spec on every file
        if (!files.isEmpty() && !PathGlob.anyMatches(files, path)) {
            return false;
        }
        return !PathGlob.anyMatches(exclude, path);
    }
}
