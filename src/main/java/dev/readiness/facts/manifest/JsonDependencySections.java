package dev.readiness.facts.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.io.IOException;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reads the top-level {@code "section": {"name": "constraint"}} objects that package.json and composer.json
 * share. A streaming parser is used because it knows the line of every name and because a file that breaks
 * half-way still yields the entries before the break.
 */
final class JsonDependencySections {
    private final JsonFactory jsonFactory = new JsonFactory();
    private final String ecosystem;
    private final Map<String, Boolean> devBySection;
    private final Predicate<String> isPackage;

    /**
     * @param devBySection the sections to read, each mapped to whether its entries are dev-only
     * @param isPackage    which names are real packages (composer lists the PHP runtime among them)
     */
    JsonDependencySections(String ecosystem, Map<String, Boolean> devBySection, Predicate<String> isPackage) {
        this.ecosystem = ecosystem;
        this.devBySection = Map.copyOf(devBySection);
        this.isPackage = isPackage;
    }

    void read(SourceFile file, FileFacts facts) {
        try (JsonParser parser = jsonFactory.createParser(file.text())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                JsonLocation at = parser.currentTokenLocation();
                new ParseProblem("the top level is not an object", at.getLineNr(), at.getColumnNr())
                        .reportTo(facts, file.entry().fileName());
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Boolean dev = devBySection.get(parser.currentName());
                if (parser.nextToken() == JsonToken.START_OBJECT && dev != null) {
                    readSection(parser, dev, facts);
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            new ParseProblem(e.getOriginalMessage(), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr())
                    .reportTo(facts, file.entry().fileName());
        } catch (IOException e) {
            new ParseProblem(e.getMessage(), 0, 0).reportTo(facts, file.entry().fileName());
        }
    }

    private void readSection(JsonParser parser, boolean dev, FileFacts facts) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr();
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                if (isPackage.test(name)) {
                    facts.addDependency(ecosystem, name, parser.getText(), line, dev);
                }
            } else {
                parser.skipChildren();
            }
        }
    }
}
