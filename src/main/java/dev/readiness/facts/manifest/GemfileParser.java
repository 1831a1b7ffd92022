package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bundler's {@code Gemfile}. It is Ruby, for which Java has no parser, so this reads it line by line:
 * {@code gem} calls, and the {@code do … end} blocks around them to know which are in development or
 * test groups.
 */
final class GemfileParser implements ManifestParser {
    private static final Pattern GEM = Pattern.compile("\\s*gem\\s*\\(?\\s*([\"'])([^\"']+)\\1(.*)");
    private static final Pattern GROUP_BLOCK =
            Pattern.compile("\\s*group\\s*\\(?(.*?)\\)?\\s*do(\\s*\\|[^|]*\\|)?\\s*");
    private static final Pattern OTHER_BLOCK = Pattern.compile(
            ".*\\bdo(\\s*\\|[^|]*\\|)?\\s*|\\s*(if|unless|case|begin|while|until|def|class|module)\\b.*");
    private static final Pattern END = Pattern.compile("\\s*end\\b.*");
    private static final Pattern GROUP_OPTION =
            Pattern.compile("(?::groups?\\s*=>|\\bgroups?:)\\s*(\\[[^\\]]*]|:\\w+|[\"']\\w+[\"'])");
    private static final Pattern GROUP_NAME = Pattern.compile("(?<![\\w:]):(\\w+)|[\"'](\\w+)[\"']");
    private static final Pattern QUOTED = Pattern.compile("([\"'])([^\"']*)\\1\\s*\\)?");
    private static final Set<String> DEV_GROUPS = Set.of("development", "test");

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        List<String> lines = file.text().lines().toList();
        Deque<Boolean> enclosingBlocksAreDev = new ArrayDeque<>();
        for (int index = 0; index < lines.size(); index++) {
            String code = withoutComment(lines.get(index));
            Matcher gem = GEM.matcher(code);
            Matcher group = GROUP_BLOCK.matcher(code);
            if (group.matches()) {
                enclosingBlocksAreDev.push(areDevGroups(group.group(1)));
            } else if (gem.matches()) {
                Matcher groupOption = GROUP_OPTION.matcher(gem.group(3));
                boolean dev = enclosingBlocksAreDev.contains(true)
                        || groupOption.find() && areDevGroups(groupOption.group(1));
                facts.addDependency("rubygems", gem.group(2), versionsOf(gem.group(3)), index + 1, dev);
            } else if (OTHER_BLOCK.matcher(code).matches()) {
                enclosingBlocksAreDev.push(false);
            } else if (END.matcher(code).matches() && !enclosingBlocksAreDev.isEmpty()) {
                enclosingBlocksAreDev.pop();
            }
        }
    }

    /** Dev-only when every group named is a development or test group. */
    private static boolean areDevGroups(String groupList) {
        Matcher name = GROUP_NAME.matcher(groupList);
        boolean any = false;
        while (name.find()) {
            any = true;
            if (!DEV_GROUPS.contains(name.group(1) != null ? name.group(1) : name.group(2))) {
                return false;
            }
        }
        return any;
    }

    /** The quoted constraints after the name, up to the first option: {@code '~> 7.1', '>= 7.1.3'}. */
    private static String versionsOf(String afterName) {
        List<String> versions = new ArrayList<>();
        for (String argument : afterName.split(",")) {
            String stripped = argument.strip();
            Matcher quoted = QUOTED.matcher(stripped);
            if (quoted.matches()) {
                versions.add(quoted.group(2));
            } else if (!stripped.isEmpty()) {
                break;
            }
        }
        return String.join(", ", versions);
    }

    /** The line up to a {@code #} that is outside any string. */
    private static String withoutComment(String line) {
        char quote = 0;
        for (int index = 0; index < line.length(); index++) {
            char c = line.charAt(index);
            if (quote == 0 && c == '#') {
                return line.substring(0, index);
            }
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return line;
    }
}
