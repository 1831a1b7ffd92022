package dev.readiness.facts.coverage;

import dev.readiness.facts.CoverageReport;
import java.io.InputStream;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** A JaCoCo XML report: the {@code LINE} counter that is a direct child of {@code <report>} is the total. */
final class JacocoXml {

    private JacocoXml() {
    }

    static Optional<CoverageReport> parse(String path, InputStream in) throws CoverageFormatException {
        try {
            XMLStreamReader xml = SafeXml.reader(in);
            int depth = 0;
            boolean rootSeen = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    if (depth == 1) {
                        if (!xml.getLocalName().equals("report")) {
                            throw new CoverageFormatException("expected a JaCoCo <report>, found <"
                                    + xml.getLocalName() + ">");
                        }
                        rootSeen = true;
                    } else if (depth == 2 && xml.getLocalName().equals("counter")
                            && "LINE".equals(xml.getAttributeValue(null, "type"))) {
                        long missed = Counts.parse(xml.getAttributeValue(null, "missed"), "missed");
                        long covered = Counts.parse(xml.getAttributeValue(null, "covered"), "covered");
                        return Optional.of(new CoverageReport(path, "jacoco", covered, covered + missed));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            if (!rootSeen) {
                throw new CoverageFormatException("no XML element found");
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            throw new CoverageFormatException("malformed XML: " + e.getMessage());
        }
    }
}
