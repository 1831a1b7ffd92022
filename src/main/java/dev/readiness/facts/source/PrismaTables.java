package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a Prisma schema defines: one per {@code model}, named by its {@code @@map("…")} or else the model
 * name, in the schema its {@code @@schema("…")} gives.
 */
final class PrismaTables {
    private static final Pattern MODEL = Pattern.compile("(?m)^[ \\t]*model\\s+(\\w+)\\s*\\{");
    private static final Pattern MAP = Pattern.compile("@@map\\(\\s*(?:name\\s*:\\s*)?\"([^\"]+)\"");
    private static final Pattern SCHEMA = Pattern.compile("@@schema\\(\\s*\"([^\"]+)\"");
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");

    private PrismaTables() {
    }

    static void read(String text, FileFacts facts) {
        String code = LINE_COMMENT.matcher(text).replaceAll(match -> " ".repeat(match.group().length()));
        LineIndex lines = LineIndex.of(code);
        Matcher model = MODEL.matcher(code);
        while (model.find()) {
            int close = code.indexOf('}', model.end());
            String body = code.substring(model.end(), close < 0 ? code.length() : close);
            Matcher map = MAP.matcher(body);
            Matcher schema = SCHEMA.matcher(body);
            facts.addTableDefinition(schema.find() ? schema.group(1) : "",
                    map.find() ? map.group(1) : model.group(1), lines.lineAt(model.start(1)));
        }
    }
}
