package dev.readiness.scan;

import java.util.Locale;
import java.util.Map;

/** The language (or file format) of a file, decided from its name alone. */
public enum Language {
    PYTHON, JAVASCRIPT, TYPESCRIPT, JAVA, KOTLIN, GO, RUBY, PHP, RUST, CSHARP, SCALA, SWIFT, DART,
    SHELL, SQL, PRISMA, YAML, JSON, TOML, XML, PROPERTIES, INI, MARKDOWN, HTML, CSS, DOCKERFILE,
    DOTENV, GRADLE, TEXT, OTHER;

    private static final Map<String, Language> BY_EXTENSION = Map.ofEntries(
            Map.entry("py", PYTHON), Map.entry("pyi", PYTHON), Map.entry("ipynb", JSON),
            Map.entry("js", JAVASCRIPT), Map.entry("jsx", JAVASCRIPT), Map.entry("mjs", JAVASCRIPT),
            Map.entry("cjs", JAVASCRIPT), Map.entry("ts", TYPESCRIPT), Map.entry("tsx", TYPESCRIPT),
            Map.entry("mts", TYPESCRIPT), Map.entry("cts", TYPESCRIPT), Map.entry("java", JAVA),
            Map.entry("kt", KOTLIN), Map.entry("kts", KOTLIN), Map.entry("go", GO), Map.entry("rb", RUBY),
            Map.entry("php", PHP), Map.entry("rs", RUST), Map.entry("cs", CSHARP), Map.entry("scala", SCALA),
            Map.entry("swift", SWIFT), Map.entry("dart", DART), Map.entry("sh", SHELL), Map.entry("bash", SHELL),
            Map.entry("zsh", SHELL), Map.entry("sql", SQL), Map.entry("prisma", PRISMA), Map.entry("yml", YAML),
            Map.entry("yaml", YAML), Map.entry("json", JSON), Map.entry("toml", TOML), Map.entry("xml", XML),
            Map.entry("properties", PROPERTIES), Map.entry("ini", INI), Map.entry("cfg", INI),
            Map.entry("md", MARKDOWN), Map.entry("markdown", MARKDOWN), Map.entry("html", HTML),
            Map.entry("htm", HTML), Map.entry("css", CSS), Map.entry("scss", CSS), Map.entry("gradle", GRADLE),
            Map.entry("txt", TEXT), Map.entry("rst", TEXT));

    /** Classifies by file name (not path): {@code Dockerfile}, {@code .env.local}, {@code app.py}. */
    public static Language fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile")) {
            return DOCKERFILE;
        }
        if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) {
            return DOTENV;
        }
        if (lower.endsWith(".gradle.kts")) {
            return GRADLE;
        }
        int dot = lower.lastIndexOf('.');
        if (dot < 0 || dot == lower.length() - 1) {
            return OTHER;
        }
        return BY_EXTENSION.getOrDefault(lower.substring(dot + 1), OTHER);
    }

    /** True for languages whose files are program source (as opposed to config, data or prose). */
    public boolean isProgramming() {
        return switch (this) {
            case PYTHON, JAVASCRIPT, TYPESCRIPT, JAVA, KOTLIN, GO, RUBY, PHP, RUST, CSHARP, SCALA, SWIFT, DART -> true;
            default -> false;
        };
    }

    /** The lower-case id used in reports and rule files ({@code python}, {@code typescript}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
