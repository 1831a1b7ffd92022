package dev.readiness.facts.source;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.util.function.Predicate;

/**
 * The headings of Markdown files, from Flexmark's syntax tree: a {@code #} line inside a code block or an HTML
 * block is no heading, and an underlined (setext) line is one. Test fixtures and examples are not the project's
 * documents. A text that cannot hold a heading the rules look for is not parsed: Flexmark costs more than the
 * rest of reading Markdown, and most Markdown in a large tree is package READMEs and change logs.
 */
public final class MarkdownHeadingExtractor implements FactExtractor {
    private final Predicate<String> worthParsing;

    /** @param worthParsing whether a text may hold a heading anyone looks for */
    public MarkdownHeadingExtractor(Predicate<String> worthParsing) {
        this.worthParsing = worthParsing;
    }

    @Override
    public boolean accepts(FileEntry entry) {
        return entry.language() == Language.MARKDOWN && entry.role() != FileRole.TEST
                && entry.role() != FileRole.EXAMPLE;
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        if (!worthParsing.test(file.text())) {
            return;
        }
        // a Parser is cheap to build and keeps no state between documents, but is not documented as thread-safe
        Node document = Parser.builder().build().parse(file.text());
        new NodeVisitor(new VisitHandler<>(Heading.class, heading -> facts.addHeading(
                heading.getText().toString().strip(), heading.getLevel(), heading.getStartLineNumber() + 1)))
                .visit(document);
    }
}
