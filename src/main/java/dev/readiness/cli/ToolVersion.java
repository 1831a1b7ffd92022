package dev.readiness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven wrote into the jar at build time. */
final class ToolVersion {

    private ToolVersion() {
    }

    static String get() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/readiness/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
