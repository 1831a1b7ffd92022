package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code const { A, B: b, C = 'd' } = process.env}: each key is a variable read. */
final class EnvDestructuring implements EnvReader {
    private static final Pattern DESTRUCTURING = Pattern.compile(
            "\\{([^{}]*)\\}\\s*=\\s*" + EnvAccessReader.SCRIPT_ENV_OBJECT + "\\b(?!\\s*(?:\\?\\.|\\.|\\[))");
    private static final Pattern KEY = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\s*(?:[:=]|$)");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        // the pattern starts at every brace; most files never name the environment object
        if (EnvAccessReader.SCRIPT_ENV_ANCHORS.stream().noneMatch(source.code()::contains)) {
            return;
        }
        Matcher destructuring = DESTRUCTURING.matcher(source.code());
        while (destructuring.find()) {
            int entryStart = destructuring.start(1);
            for (String entry : destructuring.group(1).split(",", -1)) {
                Matcher key = KEY.matcher(entry);
                if (key.lookingAt() && EnvNames.isName(key.group(1))) {
                    facts.addEnvReference(key.group(1), source.lineAt(entryStart + key.start(1)));
                }
                entryStart += entry.length() + 1;
            }
        }
    }
}
