package dev.readiness.report;

import dev.readiness.facts.Evidence;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.RuleResult;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML as Jenkins, GitLab and Azure Pipelines read it: a test suite per category, a test case per
 * rule, a failure for each failed or partial rule and a skip, with its reason, for each rule that does
 * not apply.
 */
public final class JUnitReportWriter {

    public String write(AuditReport report) {
        Map<String, Finding> findings = ReportContent.of(report).findings().stream()
                .collect(Collectors.toMap(Finding::ruleId, Function.identity()));
        String timestamp = DateTimeFormatter.ISO_LOCAL_DATE_TIME
                .format(report.generatedAt().truncatedTo(ChronoUnit.SECONDS).atZone(ZoneOffset.UTC).toLocalDateTime());
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", XmlText.clean("readiness " + report.projectName()));
            xml.writeAttribute("tests", String.valueOf(report.modules().stream().mapToInt(m -> m.results().size()).sum()));
            xml.writeAttribute("failures", String.valueOf(findings.size()));
            xml.writeAttribute("errors", "0");
            for (ModuleResult module : report.modules()) {
                suite(xml, module, findings, timestamp);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return text.toString();
    }

    private static void suite(XMLStreamWriter xml, ModuleResult module, Map<String, Finding> findings,
                              String timestamp) throws XMLStreamException {
        List<RuleResult> results = module.results();
        xml.writeCharacters("\n  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", module.module().id());
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(results.stream().filter(RuleResult::open).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", String.valueOf(results.stream().filter(r -> !r.applicable()).count()));
        xml.writeAttribute("timestamp", timestamp);
        for (RuleResult result : results) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("classname", module.module().id());
            xml.writeAttribute("name", XmlText.clean(result.rule().id() + " " + result.rule().title()));
            if (result.outcome() instanceof Outcome.NotApplicable notApplicable) {
                xml.writeStartElement("skipped");
                xml.writeCharacters(XmlText.clean("Not applicable: " + notApplicable.reason()));
                xml.writeEndElement();
            } else if (result.open()) {
                Finding finding = findings.get(result.rule().id());
                xml.writeStartElement("failure");
                xml.writeAttribute("message", XmlText.clean(finding.title()));
                xml.writeAttribute("type", finding.severity().name());
                xml.writeCharacters(XmlText.clean(failureBody(finding)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String failureBody(Finding finding) {
        StringBuilder body = new StringBuilder(finding.severity().name()).append(' ').append(finding.state())
                .append(": ").append(finding.currentState().isEmpty() ? finding.title() : finding.currentState());
        if (!finding.evidence().isEmpty()) {
            body.append("\n\nEvidence:");
            for (Evidence place : finding.evidence()) {
                body.append("\n  ").append(place.location());
                if (!place.snippet().isEmpty()) {
                    body.append(" — ").append(place.snippet());
                }
            }
        }
        if (!finding.actions().isEmpty()) {
            body.append("\n\nRequired actions:");
            finding.actions().forEach(action -> body.append("\n  - ").append(action));
        }
        return body.append('\n').toString();
    }
}
