package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.report.AuditReport;
import dev.readiness.report.JUnitReportWriter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** JUnit XML validated against the schema Jenkins reads, with counts that add up. */
class JUnitReportTest {

    @ParameterizedTest
    @MethodSource("dev.readiness.cli.FixtureAuditTest#fixtures")
    void everyFixtureGivesValidJUnitWhoseCountsAddUp(String fixture) throws Exception {
        String xml = new JUnitReportWriter().write(Audits.audit(fixture, 2));

        validator().validate(new StreamSource(new StringReader(xml)));
        Element root = parse(xml).getDocumentElement();
        int tests = 0;
        int failures = 0;
        for (Element suite : children(root, "testsuite")) {
            List<Element> cases = children(suite, "testcase");
            assertEquals(cases.size(), intOf(suite, "tests"), suite.getAttribute("name"));
            assertEquals(count(cases, "failure"), intOf(suite, "failures"), suite.getAttribute("name"));
            assertEquals(count(cases, "skipped"), intOf(suite, "skipped"), suite.getAttribute("name"));
            for (Element testcase : cases) {
                assertEquals(suite.getAttribute("name"), testcase.getAttribute("classname"));
            }
            tests += cases.size();
            failures += intOf(suite, "failures");
        }
        assertEquals(tests, intOf(root, "tests"));
        assertEquals(failures, intOf(root, "failures"));
        assertEquals(12, children(root, "testsuite").size());
    }

    @Test
    void theSchemaRejectsATestCaseWithoutAName() {
        String xml = "<testsuites><testsuite name=\"docs\" tests=\"1\"><testcase classname=\"docs\"/></testsuite></testsuites>";

        assertThrows(SAXException.class, () -> validator().validate(new StreamSource(new StringReader(xml))));
    }

    @Test
    void failuresAndSkipsSayWhatAndWhy() throws Exception {
        AuditReport report = Audits.audit("python-fastapi", 2);
        Element root = parse(new JUnitReportWriter().write(report)).getDocumentElement();
        int open = report.scorecard().categories().stream().mapToInt(c -> c.failed() + c.partial()).sum();

        assertEquals(String.valueOf(report.rules().rules().size()), root.getAttribute("tests"));
        assertEquals(String.valueOf(open), root.getAttribute("failures"));
        Element payments = children(root, "testsuite").get(0);
        assertEquals(List.of("payments", "6", "1", "5"), List.of(payments.getAttribute("name"),
                payments.getAttribute("tests"), payments.getAttribute("failures"), payments.getAttribute("skipped")));
        Element secret = testcase(root, "security.default-secret-key Default or placeholder secret key");
        Element failure = children(secret, "failure").get(0);
        assertEquals("Default or placeholder secret key", failure.getAttribute("message"));
        assertEquals("P0", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().startsWith("P0 fail: The secret used to sign tokens or sessions is a "
                + "framework default or a placeholder.\n\nEvidence:\n  .env:3 — SECRET_KEY=your…(36)\n"),
                failure.getTextContent());
        Element partial = children(testcase(root, "scalability.queue-unused Task queue configured but unused"),
                "failure").get(0);
        assertEquals("P1", partial.getAttribute("type"));
        assertTrue(partial.getTextContent().startsWith("P1 partial: "), partial.getTextContent());
        Element webhook = testcase(root, "payments.webhook-unverified Payment webhook does not verify the signature");
        assertEquals("Not applicable: no payment webhook routes or payment event handling",
                children(webhook, "skipped").get(0).getTextContent());
        assertEquals(0, testcase(root, "auth.none No authentication").getChildNodes().getLength(), "a pass is empty");
    }

    private static Validator validator() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(JUnitReportTest.class.getResource("/schemas/jenkins-junit.xsd")).newValidator();
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element testcase(Element root, String name) {
        NodeList cases = root.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("name").equals(name)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no test case " + name);
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    private static int count(List<Element> cases, String tag) {
        return (int) cases.stream().filter(c -> !children(c, tag).isEmpty()).count();
    }

    private static int intOf(Element element, String attribute) {
        return Integer.parseInt(element.getAttribute(attribute));
    }
}
