package dev.readiness.facts.secrets;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.List;

/**
 * One kind of credential, as {@code rules/secrets.yml} defines it.
 *
 * @param regex       RE2J; the secret is the last capturing group that took part in the match
 * @param keywords    lower-case; the regex only runs near a line holding one of them
 * @param minEntropy  Shannon bits per character the secret must reach
 * @param allowlist   a match in whose text one of these is found is not reported (documented examples,
 *                    local development hosts)
 * @param testMode    a key that cannot touch live data (Stripe test mode): reported lower in application
 *                    code and not at all in tests and docs
 * @param remediation what to do about a found one, in a few words
 * @param startsAtIdentifier every match begins, on the keyword's line, where the identifier holding the keyword
 *                    begins (or one character before it): a name-then-value pattern. The regex is then tried
 *                    anchored there, once per keyword, instead of searched for around it
 */
public record SecretDetector(String id, String description, Pattern regex, List<String> keywords,
                             double minEntropy, List<Pattern> allowlist, boolean testMode, String remediation,
                             boolean startsAtIdentifier) {

    public SecretDetector {
        keywords = List.copyOf(keywords);
        allowlist = List.copyOf(allowlist);
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

    boolean allowlisted(String match) {
        return allowlist.stream().anyMatch(p -> p.matcher(match).find());
    }
}
