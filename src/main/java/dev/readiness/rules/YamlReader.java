package dev.readiness.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one YAML document into a {@link YamlNode} tree with positions, through Jackson's streaming parser. */
public final class YamlReader {
    private final YAMLFactory factory = new YAMLFactory();

    /**
     * @param file name used in error messages
     * @return the root node, or an empty mapping for an empty document
     */
    public YamlNode read(String file, String text) throws YamlFileException {
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), 1, 1);
            }
            YamlNode root = readValue(file, parser);
            if (parser.nextToken() != null) {
                throw at(file, parser.currentLocation(), "only one YAML document is allowed");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String message = e.getOriginalMessage().lines().findFirst().orElse("invalid YAML");
            throw at(file, where, "invalid YAML: " + message);
        } catch (IOException e) {
            throw new YamlFileException(file, 1, 1, "cannot read: " + e.getMessage());
        }
    }

    private YamlNode readValue(String file, JsonParser parser) throws IOException, YamlFileException {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        int column = start.getColumnNr();
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (entries.containsKey(key)) {
                        throw at(file, keyAt, "duplicate key '" + key + "'");
                    }
                    parser.nextToken();
                    YamlNode value = readValue(file, parser);
                    entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                }
                return new YamlNode.Mapping(entries, line, column);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, parser));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, line, column);
            }
            default -> {
                if (token.isScalarValue()) {
                    return new YamlNode.Scalar(parser.getText(), line, column);
                }
                throw at(file, start, "unexpected YAML token " + token);
            }
        }
    }

    private static YamlFileException at(String file, JsonLocation where, String problem) {
        int line = where == null ? 1 : Math.max(1, where.getLineNr());
        int column = where == null ? 1 : Math.max(1, where.getColumnNr());
        return new YamlFileException(file, line, column, problem);
    }
}
