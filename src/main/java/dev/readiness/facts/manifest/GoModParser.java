package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's {@code go.mod}: {@code require path version} lines and {@code require ( … )} blocks. Indirect
 * requirements are kept: the module still depends on them. Go has no dev-only requirements.
 */
final class GoModParser implements ManifestParser {
    private static final Pattern BLOCK_START = Pattern.compile("(\\w+)\\s*\\(");
    private static final Pattern SINGLE_REQUIRE = Pattern.compile("require\\s+(\\S+)\\s+(\\S+)");
    private static final Pattern BLOCK_REQUIRE = Pattern.compile("(\\S+)\\s+(\\S+)");

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        List<String> lines = file.text().lines().toList();
        String block = "";
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            int comment = line.indexOf("//");
            String code = (comment < 0 ? line : line.substring(0, comment)).strip();
            Matcher blockStart = BLOCK_START.matcher(code);
            if (!block.isEmpty()) {
                if (code.equals(")")) {
                    block = "";
                } else if (block.equals("require")) {
                    addRequirement(BLOCK_REQUIRE.matcher(code), index + 1, facts);
                }
            } else if (blockStart.matches()) {
                block = blockStart.group(1);
            } else {
                addRequirement(SINGLE_REQUIRE.matcher(code), index + 1, facts);
            }
        }
    }

    private static void addRequirement(Matcher requirement, int line, FileFacts facts) {
        if (requirement.matches()) {
            String modulePath = requirement.group(1).replace("\"", "");
            facts.addDependency("go", modulePath, requirement.group(2), line, false);
        }
    }
}
