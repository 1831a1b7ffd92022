package dev.readiness.facts.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;
import java.io.IOException;

/**
 * Reads every YAML file (CI workflows, compose files, Kubernetes manifests, application config) to its
 * end, so a half-written one is a warning in the report instead of silently counting as configuration
 * the rules looked at. Helm and other templates are left alone: they are YAML only once rendered.
 */
public final class YamlSyntaxExtractor implements FactExtractor {
    private final YAMLFactory factory = new YAMLFactory();

    /** True: YAML written on one line must still parse. */
    @Override
    public boolean readsMinified() {
        return true;
    }

    @Override
    public boolean accepts(FileEntry entry) {
        return entry.language() == Language.YAML && !entry.path().contains("templates/");
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        if (file.text().contains("{{")) {
            return;
        }
        try (JsonParser parser = factory.createParser(file.text())) {
            while (parser.nextToken() != null) {
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            facts.warn("could not parse YAML: " + message
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        } catch (IOException e) {
            facts.warn("could not read YAML: " + e.getMessage());
        }
    }
}
