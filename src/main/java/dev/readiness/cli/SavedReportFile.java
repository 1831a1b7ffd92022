package dev.readiness.cli;

import dev.readiness.release.SavedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a JSON report named on the command line, saying on stderr why it cannot be used. */
final class SavedReportFile {

    private SavedReportFile() {
    }

    /** Empty after printing the reason, which the command turns into exit code 2. */
    static Optional<SavedReport> read(Path file, PrintWriter err) {
        try {
            return Optional.of(SavedReport.read(file));
        } catch (IllegalArgumentException e) {
            err.println("readiness: " + e.getMessage());
        } catch (IOException e) {
            err.println("readiness: cannot read " + e.getMessage());
        }
        return Optional.empty();
    }
}
