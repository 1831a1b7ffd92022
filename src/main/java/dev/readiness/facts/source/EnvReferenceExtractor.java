package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;

import java.util.List;
import java.util.Locale;

/**
 * Environment variables that code (Python, JavaScript, TypeScript, Go, Ruby, PHP) or configuration (YAML, Spring
 * {@code application*.properties}) reads by a constant name. Comments do not count. Dockerfiles are left out:
 * their {@code $X} is expanded by the shell at build time and says nothing about what the application reads.
 */
public final class EnvReferenceExtractor implements CodeExtractor {
    private static final EnvReader PYDANTIC_SETTINGS = new PydanticSettings();
    private static final EnvReader ENV_DESTRUCTURING = new EnvDestructuring();

    @Override
    public boolean accepts(FileEntry entry) {
        return !readers(entry).isEmpty();
    }

    @Override
    public void extract(SourceFile file, MaskedCode code, FileFacts facts) {
        List<EnvReader> readers = readers(file.entry());
        if (readers.isEmpty()) {
            return;
        }
        MaskedSource source = code.get();
        readers.forEach(reader -> reader.read(source, facts));
    }

    private static List<EnvReader> readers(FileEntry entry) {
        return switch (entry.language()) {
            case PYTHON -> List.of(EnvAccessReader.PYTHON, PYDANTIC_SETTINGS);
            case JAVASCRIPT, TYPESCRIPT -> List.of(EnvAccessReader.SCRIPT, ENV_DESTRUCTURING);
            case GO -> List.of(EnvAccessReader.GO);
            case RUBY -> List.of(EnvAccessReader.RUBY);
            case PHP -> List.of(EnvAccessReader.PHP);
            case YAML -> List.of(isSpringConfig(entry) ? ConfigPlaceholders.SPRING : ConfigPlaceholders.ANY);
            case PROPERTIES -> isSpringConfig(entry) ? List.of(ConfigPlaceholders.SPRING) : List.of();
            default -> List.of();
        };
    }

    private static boolean isSpringConfig(FileEntry entry) {
        return entry.fileName().toLowerCase(Locale.ROOT).startsWith("application");
    }
}
