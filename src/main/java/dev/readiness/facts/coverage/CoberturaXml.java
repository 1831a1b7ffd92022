package dev.readiness.facts.coverage;

import dev.readiness.facts.CoverageReport;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Cobertura XML report, which coverage.py, Istanbul and others also write: the root {@code <coverage>} carries
 * {@code lines-covered} and {@code lines-valid}.
 */
final class CoberturaXml {

    private CoberturaXml() {
    }

    static Optional<CoverageReport> parse(String path, InputStream in) throws CoverageFormatException {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (!xml.getLocalName().equals("coverage")) {
                    throw new CoverageFormatException("expected a Cobertura <coverage>, found <"
                            + xml.getLocalName() + ">");
                }
                String covered = xml.getAttributeValue(null, "lines-covered");
                String valid = xml.getAttributeValue(null, "lines-valid");
                if (covered == null || valid == null) {
                    return Optional.empty();
                }
                return Optional.of(new CoverageReport(path, "cobertura", Counts.parse(covered, "lines-covered"),
                        Counts.parse(valid, "lines-valid")));
            }
            throw new CoverageFormatException("no XML element found");
        } catch (XMLStreamException e) {
            throw new CoverageFormatException("malformed XML: " + e.getMessage());
        }
    }
}
