package dev.readiness.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads JSON reports that an earlier run wrote, for a baseline, a diff or a portfolio. */
public final class JsonReports {
    private JsonReports() {
    }

    /** @throws IllegalArgumentException naming the file when it is not JSON or not a readiness report */
    public static JsonNode read(Path file) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ":" + e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr() + ": invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("summary").isObject() || !root.path("findings").isArray()) {
            throw new IllegalArgumentException(file + ": not a readiness JSON report (no \"summary\" and \"findings\")");
        }
        return root;
    }

    static ReportFindings findings(Path file) throws IOException {
        JsonNode root = read(file);
        try {
            return ReportFindings.of(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }
}
