package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code import "x"}, {@code import alias "x"} and every path of an {@code import ( … )} block. */
final class GoImports implements ImportReader {
    private static final Pattern SINGLE = Pattern.compile("(?m)^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]+)?([\"`])");
    private static final Pattern BLOCK = Pattern.compile("(?m)^[ \\t]*import[ \\t]*\\(");

    @Override
    public void read(MaskedSource source, FileFacts facts) {
        Matcher single = SINGLE.matcher(source.code());
        while (single.find()) {
            ImportReader.addModuleAt(source, single.start(1), source.lineAt(single.start()), facts);
        }
        Matcher block = BLOCK.matcher(source.code());
        while (block.find()) {
            int close = source.code().indexOf(')', block.end());
            int end = close < 0 ? source.code().length() : close;
            for (StringLiteral path : source.literalsWithin(block.end(), end)) {
                ImportReader.addModuleAt(source, path.start(), source.lineAt(path.start()), facts);
            }
        }
    }
}
