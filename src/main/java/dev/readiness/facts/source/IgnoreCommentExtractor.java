package dev.readiness.facts.source;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;

/**
 * {@code readiness:ignore RULE_ID reason} comments, in any comment syntax ({@code #}, {@code //}, {@code --},
 * {@code /* *}{@code /}, {@code <!-- -->}, or a {@code *} continuation line of a block comment). The marker must
 * follow a comment opener, so the words in a string or in prose do not suppress anything. A marker without a
 * reason is not honoured: an unexplained suppression is what reviews cannot judge.
 */
public final class IgnoreCommentExtractor implements FactExtractor {
    private static final String MARKER = "readiness:ignore";
    private static final Pattern COMMENT = Pattern.compile(
            "(?:#|//|--|/\\*|<!--|^\\s*\\*)\\s*readiness:ignore(?:\\s+([A-Za-z0-9_.-]+))?(.*)$");

    @Override
    public boolean accepts(FileEntry entry) {
        return true;
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        String text = file.text();
        if (!text.contains(MARKER)) {
            return;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].contains(MARKER)) {
                continue;
            }
            Matcher matcher = COMMENT.matcher(lines[i]);
            if (!matcher.find()) {
                continue;
            }
            int line = i + 1;
            String ruleId = matcher.group(1);
            String reason = closerStripped(matcher.group(2));
            if (ruleId == null) {
                facts.warn("line " + line + ": readiness:ignore names no rule id, so it suppresses nothing");
            } else if (reason.isEmpty()) {
                facts.warn("line " + line + ": readiness:ignore " + ruleId + " gives no reason, so it suppresses nothing");
            } else {
                facts.addInlineSuppression(ruleId, reason, line);
            }
        }
    }

    private static String closerStripped(String rest) {
        String reason = rest.strip();
        for (String closer : new String[] {"-->", "*/"}) {
            if (reason.endsWith(closer)) {
                reason = reason.substring(0, reason.length() - closer.length()).strip();
            }
        }
        return reason;
    }
}
