package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * pydantic {@code BaseSettings} subclasses, and subclasses of those declared earlier in the same file: every
 * annotated field is read from the environment as {@code env_prefix + FIELD}, unless its {@code Field(…)} names
 * the variable itself.
 */
final class PydanticSettings implements EnvReader {
    private static final String BASE_SETTINGS = "BaseSettings";
    private static final Pattern CLASS_HEADER =
            Pattern.compile("(?m)^([ \\t]*)class[ \\t]+([A-Za-z_]\\w*)[ \\t]*(?:\\(([^)]*)\\))?[ \\t]*:");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z_]\\w*)[ \\t]*:(?!=)[ \\t]*([\\w.]*)");
    /** Set by {@code SettingsConfigDict(env_prefix=…)} (v2) or {@code class Config: env_prefix = …} (v1). */
    private static final Pattern ENV_PREFIX = Pattern.compile("\\benv_prefix\\s*=\\s*([\"'])");
    /** {@code Field(…)} keywords that name the variable, the one pydantic prefers first; none takes the prefix. */
    private static final List<Pattern> EXPLICIT_NAMES = Stream.of("validation_alias", "alias", "env")
            .map(keyword -> Pattern.compile("\\b" + keyword + "\\s*=\\s*([\"'])")).toList();

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Map<String, String> prefixBySettingsClass = new HashMap<>();
        Matcher header = CLASS_HEADER.matcher(source.code());
        while (header.find()) {
            Optional<String> inheritedPrefix = inheritedPrefix(header.group(3), prefixBySettingsClass);
            if (inheritedPrefix.isEmpty()) {
                continue;
            }
            PythonBlock body = PythonBlock.after(source, header.end(), header.group(1).length());
            String prefix = firstConstant(source, ENV_PREFIX, header.end(), body.end()).orElse(inheritedPrefix.get());
            prefixBySettingsClass.put(header.group(2), prefix);
            for (int i = 0; i < body.statements().size(); i++) {
                readField(source, body.statements().get(i), body.statementEnd(i), prefix, facts);
            }
        }
    }

    private static void readField(MaskedSource source, int start, int end, String prefix, FileFacts facts) {
        Matcher field = FIELD.matcher(source.code()).region(start, end);
        if (!field.lookingAt() || isNotAField(field.group(1), field.group(2))) {
            return;
        }
        String name = EXPLICIT_NAMES.stream()
                .flatMap(keyword -> firstConstant(source, keyword, start, end).stream()).findFirst()
                .orElse((prefix + field.group(1)).toUpperCase(Locale.ROOT));
        if (EnvNames.isName(name)) {
            facts.addEnvReference(name, source.lineAt(start));
        }
    }

    private static boolean isNotAField(String name, String annotation) {
        return name.startsWith("_") || name.equals("model_config")
                || annotation.equals("ClassVar") || annotation.endsWith(".ClassVar");
    }

    /** The prefix a class inherits when one of its bases is a settings class, else empty. */
    private static Optional<String> inheritedPrefix(String bases, Map<String, String> prefixBySettingsClass) {
        if (bases == null) {
            return Optional.empty();
        }
        for (String base : bases.split(",")) {
            String simpleName = base.replaceAll("\\[.*", "").strip().replaceAll(".*\\.", "");
            if (simpleName.equals(BASE_SETTINGS)) {
                return Optional.of("");
            }
            if (prefixBySettingsClass.containsKey(simpleName)) {
                return Optional.of(prefixBySettingsClass.get(simpleName));
            }
        }
        return Optional.empty();
    }

    /** The constant literal after the first match of {@code keyword} in {@code [from, to)}. */
    private static Optional<String> firstConstant(MaskedSource source, Pattern keyword, int from, int to) {
        Matcher matcher = keyword.matcher(source.code()).region(from, to);
        return matcher.find() ? source.constantAt(matcher.start(1)) : Optional.empty();
    }
}
