package dev.readiness.facts.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * One kind of credential, as {@code rules/secrets.yml} defines it.
 *
 * @param regex       RE2J; the secret is the last capturing group that took part in the match
 * @param keywords    the regex only runs near one of them; lower-case, as they are matched ignoring case, unless
 *                    {@code keywordsMatchCase}
 * @param minEntropy  Shannon bits per character the secret must reach
 * @param allowlist   a match in whose text one of these is found is not reported (documented examples,
 *                    local development hosts)
 * @param testMode    a key that cannot touch live data (Stripe test mode): reported lower in application
 *                    code and not at all in tests and docs
 * @param remediation what to do about a found one, in a few words
 * @param startsAtIdentifier every match begins, on the keyword's line, where the identifier holding the keyword
 *                    begins (or one character before it): a name-then-value pattern. The regex is then tried
 *                    anchored there, once per keyword, instead of searched for around it
 * @param keywordsMatchCase the keywords count only as written, in their case: for a regex that is case-sensitive
 *                    where it holds them ({@code SK[0-9a-f]{32}}), which cannot match near {@code task} or {@code Asia}
 * @param windowLiterals sets of strings without letters every match holds one of each ({@code ://} in a database
 *                    URL), derived from the regex: a window of text around a keyword that lacks one cannot match
 */
public record SecretDetector(String id, String description, Pattern regex, List<String> keywords,
                             double minEntropy, List<Pattern> allowlist, boolean testMode, String remediation,
                             boolean startsAtIdentifier, boolean keywordsMatchCase, List<Set<String>> windowLiterals) {

    public SecretDetector {
        keywords = List.copyOf(keywords);
        allowlist = List.copyOf(allowlist);
        windowLiterals = windowLiterals.stream().map(Set::copyOf).toList();
    }

    /** Whether the window holds a string of every one of {@link #windowLiterals}; false means no match is in it. */
    boolean mayMatchIn(String window) {
        for (Set<String> set : windowLiterals) {
            boolean held = false;
            for (String literal : set) {
                if (window.contains(literal)) {
                    held = true;
                    break;
                }
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }

    /** The group holding the secret: the last that took part in the match, or 0 (the whole match). */
    static int secretGroup(Matcher matcher) {
        for (int group = matcher.groupCount(); group >= 1; group--) {
            if (matcher.group(group) != null) {
                return group;
            }
        }
        return 0;
    }

    /** Whether a keyword found ignoring case, ending at {@code end}, counts: always, unless case must match. */
    boolean keywordCounts(String text, int end) {
        if (!keywordsMatchCase) {
            return true;
        }
        for (String keyword : keywords) {
            if (end >= keyword.length() && text.startsWith(keyword, end - keyword.length())) {
                return true;
            }
        }
        return false;
    }

    boolean allowlisted(String match) {
        return allowlist.stream().anyMatch(p -> p.matcher(match).find());
    }
}
