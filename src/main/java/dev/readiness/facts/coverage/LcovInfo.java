package dev.readiness.facts.coverage;

import dev.readiness.facts.CoverageReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An lcov tracefile: the {@code LF:} (lines found) and {@code LH:} (lines hit) of every record, summed. */
final class LcovInfo {

    private LcovInfo() {
    }

    static Optional<CoverageReport> parse(String path, InputStream in) throws IOException, CoverageFormatException {
        long found = 0;
        long hit = 0;
        boolean counted = false;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.startsWith("LF:")) {
                found += Counts.parse(line.substring(3), "LF on line " + lineNumber);
                counted = true;
            } else if (line.startsWith("LH:")) {
                hit += Counts.parse(line.substring(3), "LH on line " + lineNumber);
            }
        }
        if (hit > found) {
            throw new CoverageFormatException("more lines hit (" + hit + ") than found (" + found + ")");
        }
        return counted ? Optional.of(new CoverageReport(path, "lcov", hit, found)) : Optional.empty();
    }
}
