package dev.readiness.report;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Markdown report as one self-contained HTML page to circulate: GitHub-flavoured tables and task
 * lists, an id and a link on every heading, a table of contents, and inline CSS that also prints.
 */
public final class HtmlReportWriter {
    private static final String STYLESHEET = "/templates/report.css";
    private final MarkdownReportWriter markdown;

    public HtmlReportWriter(MarkdownReportWriter markdown) {
        this.markdown = markdown;
    }

    public String write(AuditReport report) {
        DataHolder options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                        AnchorLinkExtension.create()))
                .set(TablesExtension.COLUMN_SPANS, false)
                .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
                .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
                .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true)
                // the default markers end in &nbsp;, which would keep the page from being well-formed XML
                .set(TaskListExtension.ITEM_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked=\"checked\" disabled=\"disabled\" />")
                .set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                        "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />")
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, false)
                .set(AnchorLinkExtension.ANCHORLINKS_SET_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX, "#")
                .set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor")
                // the report quotes scanned files; markup in them must show as text, never run
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .toImmutable();
        Document document = Parser.builder(options).build().parse(markdown.write(report));
        String body = HtmlRenderer.builder(options).build().render(document);
        String contents = tableOfContents(document, options);
        int firstSection = body.indexOf("<h2");
        String page = firstSection < 0 ? contents + body
                : body.substring(0, firstSection) + contents + body.substring(firstSection);
        String title = Escaping.escapeHtml(report.projectName() + " Production Readiness Report", false);
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
                + "<title>" + title + "</title>\n<style>\n" + stylesheet() + "</style>\n</head>\n<body>\n<main>\n"
                + page + "</main>\n</body>\n</html>\n";
    }

    /** Sections, and the findings under them, linked by the ids the renderer gives their headings. */
    private static String tableOfContents(Document document, DataHolder options) {
        HeaderIdGenerator ids = new HeaderIdGenerator(options);
        ids.generateIds(document);
        StringBuilder html = new StringBuilder("<nav class=\"toc\">\n<p class=\"toc-title\">Contents</p>\n<ol>\n");
        boolean inSection = false;
        boolean inSubList = false;
        for (Node node : document.getDescendants()) {
            if (!(node instanceof Heading heading) || heading.getLevel() < 2 || heading.getLevel() > 3) {
                continue;
            }
            String link = "<a href=\"#" + Escaping.escapeHtml(ids.getId(heading), false) + "\">"
                    + Escaping.escapeHtml(new TextCollectingVisitor().collectAndGetText(heading).strip(), false) + "</a>";
            if (heading.getLevel() == 3 && inSection) {
                html.append(inSubList ? "" : "<ol>\n").append("<li>").append(link).append("</li>\n");
                inSubList = true;
                continue;
            }
            html.append(inSubList ? "</ol>\n" : "").append(inSection ? "</li>\n" : "").append("<li>").append(link);
            inSection = true;
            inSubList = false;
        }
        html.append(inSubList ? "</ol>\n" : "").append(inSection ? "</li>\n" : "");
        return html.append("</ol>\n</nav>\n").toString();
    }

    private static String stylesheet() {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(STYLESHEET)) {
            if (in == null) {
                throw new IllegalStateException("the bundled report stylesheet is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled report stylesheet", e);
        }
    }
}
