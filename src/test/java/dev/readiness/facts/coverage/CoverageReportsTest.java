package dev.readiness.facts.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.CoverageReport;
import dev.readiness.scan.ScanWarning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageReportsTest {
    @TempDir
    Path root;

    @Test
    void jacocoTakesTheReportLevelLineCounterAndNeverLoadsTheDtd() throws IOException {
        write("target/site/jacoco/jacoco.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE report PUBLIC "-//JACOCO//DTD Report 1.1//EN" "report.dtd">
                <report name="demo">
                  <package name="a"><counter type="LINE" missed="1" covered="9"/></package>
                  <counter type="INSTRUCTION" missed="50" covered="50"/>
                  <counter type="LINE" missed="30" covered="70"/>
                </report>
                """);
        assertEquals(List.of(new CoverageReport("target/site/jacoco/jacoco.xml", "jacoco", 70, 100)), reports());
    }

    @Test
    void coveragePyCoberturaXml() throws IOException {
        write("coverage.xml", """
                <?xml version="1.0" ?>
                <coverage version="7.4.0" timestamp="1" lines-valid="200" lines-covered="101" line-rate="0.505">
                  <packages/>
                </coverage>
                """);
        List<CoverageReport> reports = reports();
        assertEquals(List.of(new CoverageReport("coverage.xml", "cobertura", 101, 200)), reports);
        assertEquals(50.5, reports.get(0).percent(), 1e-9);
    }

    @Test
    void lcovSumsEveryRecord() throws IOException {
        write("coverage/lcov.info",
                "SF:a.js\nDA:1,1\nLF:10\nLH:4\nend_of_record\nSF:b.js\nLF:30\nLH:26\nend_of_record\n");
        assertEquals(List.of(new CoverageReport("coverage/lcov.info", "lcov", 30, 40)), reports());
    }

    @Test
    void externalEntitiesAreRefusedWithAWarning() throws IOException {
        Path secret = Files.writeString(root.resolve("secret.txt"), "42");
        write("cobertura.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE coverage [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<coverage lines-valid=\"&x;\" lines-covered=\"1\"/>\n");
        CoverageReports.Found found = new CoverageReports().read(root);
        assertEquals(List.of(), found.reports());
        assertEquals(1, found.warnings().size());
        assertEquals("cobertura.xml", found.warnings().get(0).path());
    }

    @Test
    void brokenReportsAreWarningsAndMissingOnesAreNothing() throws IOException {
        write("lcov.info", "LF:ten\n");
        write("jacoco.xml", "<report><counter type=\"LINE\"");
        CoverageReports.Found found = new CoverageReports().read(root);
        assertEquals(List.of(), found.reports());
        assertEquals(List.of("jacoco.xml", "lcov.info"), found.warnings().stream().map(ScanWarning::path).toList());
        assertEquals(List.of(), new CoverageReports().read(Files.createDirectory(root.resolve("empty"))).reports());
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private List<CoverageReport> reports() {
        CoverageReports.Found found = new CoverageReports().read(root);
        assertEquals(List.of(), found.warnings());
        return found.reports();
    }
}
