package dev.readiness.report;

import dev.readiness.facts.Evidence;
import java.util.Locale;
import java.util.regex.Pattern;

/** Escaping for the places report text lands in Markdown. */
final class Markdown {
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("([\\\\`*_\\[\\]<>|#])");

    private Markdown() {
    }

    /** A table cell: no pipes, no line breaks. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    /** Inline code that survives backticks inside it. */
    static String code(String text) {
        String fence = text.contains("`") ? "``" : "`";
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** Text outside code that may hold Markdown syntax characters. */
    static String inline(String text) {
        return MARKDOWN_SYNTAX.matcher(text).replaceAll("\\\\$1");
    }

    static String evidence(Evidence item) {
        String location = code(item.location());
        return item.snippet().isEmpty() ? location : location + " — " + code(item.snippet());
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
