package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.report.HtmlReportWriter;
import dev.readiness.report.MarkdownReportWriter;
import dev.readiness.scan.ScanOptions;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The HTML page parsed as XML: it is well formed, every table-of-contents link lands on a heading,
 * and the tables and task list of the Markdown report are there. {@code bench/html-screenshot.sh}
 * shows how it looks.
 */
class HtmlReportTest {

    @Test
    void pageHasATableOfContentsWhoseLinksLandOnHeadings() throws Exception {
        AuditReport report = Audits.audit("python-fastapi", 2);
        String html = new HtmlReportWriter(new MarkdownReportWriter(MarkdownReportStructureTest.bundledTemplate()))
                .write(report);
        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));

        assertEquals("python-fastapi Production Readiness Report", text(page, "title").get(0));
        Set<String> ids = new HashSet<>();
        List<String> headingIds = new ArrayList<>();
        for (String tag : List.of("h1", "h2", "h3")) {
            for (Element heading : elements(page, tag)) {
                assertTrue(ids.add(heading.getAttribute("id")), "duplicate id " + heading.getAttribute("id"));
                if (!tag.equals("h1")) {
                    headingIds.add(heading.getAttribute("id"));
                }
                Element anchor = (Element) heading.getElementsByTagName("a").item(0);
                assertEquals("#" + heading.getAttribute("id"), anchor.getAttribute("href"));
            }
        }
        Element toc = elements(page, "nav").get(0);
        List<String> targets = new ArrayList<>();
        NodeList links = toc.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            targets.add(((Element) links.item(i)).getAttribute("href").substring(1));
        }
        assertEquals(headingIds.stream().sorted().toList(), targets.stream().sorted().toList());
        assertEquals(12, elementChildren(toc.getElementsByTagName("ol").item(0).getChildNodes()), "one per section");
        assertTrue(targets.contains("critical-blockers-p0--must-fix"), targets.toString());

        assertEquals(4, elements(page, "table").size(), "stack, scorecard, environment, not applicable");
        assertEquals(List.of("Category", "Score", "Grade", "Status", "Top issue"),
                text((Element) elements(page, "table").get(1).getElementsByTagName("thead").item(0), "th"));
        List<Element> checkboxes = elements(page, "input");
        int open = report.scorecard().categories().stream().mapToInt(c -> c.failed() + c.partial()).sum();
        int passed = report.scorecard().categories().stream().mapToInt(c -> c.passed()).sum();
        assertEquals(open + passed, checkboxes.size(), "every open finding and every pass in the checklist");
        assertEquals(passed, checkboxes.stream().filter(c -> c.hasAttribute("checked")).count());
        assertTrue(html.contains("@media print"), "prints on its own stylesheet");
        assertTrue(elements(page, "script").isEmpty() && elements(page, "link").isEmpty(), "self-contained");
        assertFalse(html.contains(" src=\""), "no external resources");
    }

    @Test
    void markupInTheProjectNameShowsAsText(@TempDir Path dir) throws Exception {
        Path project = Files.createDirectories(dir.resolve("svc<em onclick=\"x()\">"));
        Files.writeString(project.resolve("README.md"), "# svc\n", StandardCharsets.UTF_8);
        AuditReport report = new Auditor(Audits.bundledRules(), ScanOptions.defaults(), 1, Map.of(), Redaction.MASKED, false)
                .audit(project);

        String html = new HtmlReportWriter(new MarkdownReportWriter(MarkdownReportStructureTest.bundledTemplate()))
                .write(report);

        Document page = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(html)));
        assertFalse(html.contains("<em onclick"), "the name's markup is not an element");
        assertEquals("svc<em onclick=\"x()\"> Production Readiness Report", text(page, "h1").get(0).substring(1));
    }

    private static int elementChildren(NodeList nodes) {
        int count = 0;
        for (int i = 0; i < nodes.getLength(); i++) {
            count += nodes.item(i) instanceof Element ? 1 : 0;
        }
        return count;
    }

    private static List<Element> elements(Document page, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = page.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static List<String> text(Document page, String tag) {
        return elements(page, tag).stream().map(e -> e.getTextContent().strip()).toList();
    }

    private static List<String> text(Element parent, String tag) {
        List<String> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add(nodes.item(i).getTextContent().strip());
        }
        return found;
    }
}
