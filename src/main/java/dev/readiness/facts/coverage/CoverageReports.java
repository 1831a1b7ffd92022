package dev.readiness.facts.coverage;

import dev.readiness.facts.CoverageReport;
import dev.readiness.scan.ScanWarning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the coverage reports a test run left at the paths the common tools write them to, and reads them. Those
 * folders ({@code target/}, {@code coverage/}, {@code htmlcov/}) are usually ignored and never walked, so each
 * well-known path is opened directly, read-only, without following links.
 */
public final class CoverageReports {
    private static final List<String> JACOCO = List.of("target/site/jacoco/jacoco.xml",
            "build/reports/jacoco/test/jacocoTestReport.xml", "jacoco.xml");
    private static final List<String> COBERTURA = List.of("coverage.xml", "cobertura.xml",
            "coverage/cobertura-coverage.xml", "coverage/coverage.xml", "htmlcov/coverage.xml",
            "target/site/cobertura/coverage.xml", "build/reports/cobertura/coverage.xml");
    private static final List<String> LCOV = List.of("coverage/lcov.info", "lcov.info", "coverage/lcov/lcov.info");

    /** @param warnings a report that exists but cannot be read or understood */
    public record Found(List<CoverageReport> reports, List<ScanWarning> warnings) {
        public Found {
            reports = List.copyOf(reports);
            warnings = List.copyOf(warnings);
        }
    }

    private interface Parser {
        Optional<CoverageReport> parse(String path, InputStream in) throws IOException, CoverageFormatException;
    }

    public Found read(Path root) {
        List<CoverageReport> reports = new ArrayList<>();
        List<ScanWarning> warnings = new ArrayList<>();
        readAll(root, JACOCO, JacocoXml::parse, reports, warnings);
        readAll(root, COBERTURA, CoberturaXml::parse, reports, warnings);
        readAll(root, LCOV, LcovInfo::parse, reports, warnings);
        return new Found(reports, warnings);
    }

    private static void readAll(Path root, List<String> paths, Parser parser, List<CoverageReport> reports,
                                List<ScanWarning> warnings) {
        for (String path : paths) {
            Path file = root.resolve(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !insideRoot(root, file)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(file)) {
                Optional<CoverageReport> report = parser.parse(path, in);
                if (report.isPresent()) {
                    reports.add(report.get());
                } else {
                    warnings.add(new ScanWarning(path, "coverage report holds no line counts; it is ignored"));
                }
            } catch (IOException | CoverageFormatException e) {
                warnings.add(new ScanWarning(path, "coverage report could not be read: " + e.getMessage()));
            }
        }
    }

    /** A linked folder on the way ({@code coverage -> /elsewhere}) must not lead out of the root. */
    private static boolean insideRoot(Path root, Path file) {
        try {
            return file.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
