package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 508 requirement reduced to what a dependency fact needs. One parser serves requirements files,
 * pyproject.toml, setup.py and setup.cfg, which all write requirements in this syntax.
 *
 * @param name    normalised per PEP 503
 * @param version the specifier set without spaces ({@code >=1.2,<2}), or {@code ""} for none or a URL
 */
record PythonRequirement(String name, String version) {
    private static final Pattern NAME_EXTRAS_REST =
            Pattern.compile("([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\\s*(?:\\[[^\\]]*])?(.*)", Pattern.DOTALL);
    private static final Pattern SEPARATOR_RUN = Pattern.compile("[-_.]+");
    private static final Pattern SPACES_AND_PARENTHESES = Pattern.compile("[\\s()]");

    /** Empty when the text is not a requirement (a path, an option, prose). */
    static Optional<PythonRequirement> parse(String text) {
        Matcher matcher = NAME_EXTRAS_REST.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String rest = matcher.group(2).strip();
        if (rest.startsWith("@")) {
            return Optional.of(new PythonRequirement(normaliseName(matcher.group(1)), ""));
        }
        int marker = rest.indexOf(';');
        String beforeMarker = marker < 0 ? rest : rest.substring(0, marker);
        String specifiers = SPACES_AND_PARENTHESES.matcher(beforeMarker).replaceAll("");
        if (!specifiers.isEmpty() && "<>=!~".indexOf(specifiers.charAt(0)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new PythonRequirement(normaliseName(matcher.group(1)), specifiers));
    }

    /** Adds the requirement {@code text} states, if it states one. */
    static void addIfRequirement(String text, int line, boolean dev, FileFacts facts) {
        parse(text).ifPresent(requirement -> requirement.addTo(facts, line, dev));
    }

    void addTo(FileFacts facts, int line, boolean dev) {
        facts.addDependency("pypi", name, version, line, dev);
    }

    /** PEP 503: lower case, every run of {@code -_.} becomes one {@code -}. */
    static String normaliseName(String name) {
        return SEPARATOR_RUN.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
    }
}
