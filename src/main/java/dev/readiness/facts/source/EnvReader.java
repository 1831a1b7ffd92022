package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

/** One way a language or config format reads environment variables, found in a {@link MaskedSource}. */
sealed interface EnvReader permits EnvAccessReader, EnvDestructuring, PydanticSettings, ConfigPlaceholders {

    void read(MaskedSource source, FileFacts facts);
}
