package dev.readiness.facts.source;

import java.util.List;
import java.util.Locale;

/** What the name of a {@code .env*} file says about it. */
public final class EnvFileNames {
    private static final List<String> TEMPLATE_SUFFIXES = List.of("example", "sample", "template", "dist", "defaults");

    private EnvFileNames() {
    }

    /**
     * Whether the file documents the variables a project expects ({@code .env.example}, {@code .env.sample},
     * {@code .env.template}, {@code .env.dist}, {@code .env.defaults}, {@code .env.local.example},
     * {@code example.env}, {@code api.env.example}) rather than setting them. Case does not matter.
     */
    public static boolean isTemplate(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return TEMPLATE_SUFFIXES.stream().anyMatch(suffix -> name.endsWith(".env." + suffix)
                || name.startsWith(".env.") && name.endsWith("." + suffix)
                || name.equals(suffix + ".env"));
    }
}
