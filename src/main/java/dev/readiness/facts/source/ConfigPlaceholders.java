package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

/**
 * {@code ${X}} placeholders in YAML and Spring {@code .properties} files.
 *
 * @param upperSnakeOnly for Spring files, whose {@code ${name}} may just as well be another property
 */
record ConfigPlaceholders(boolean upperSnakeOnly) implements EnvReader {
    static final ConfigPlaceholders SPRING = new ConfigPlaceholders(true);
    static final ConfigPlaceholders ANY = new ConfigPlaceholders(false);

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Placeholders.forEach(source.code(), (name, offset) -> {
            if (!upperSnakeOnly || EnvNames.isUpperSnake(name)) {
                facts.addEnvReference(name, source.lineAt(offset));
            }
        });
    }
}
