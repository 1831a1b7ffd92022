package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Maven's {@code pom.xml}: the dependencies of the project and of its profiles, plus the parent, which is
 * often the only place Spring Boot shows. Managed and plugin dependencies are not uses and are left out.
 * Read with StAX so every element has its line and a broken file still yields what came before the break.
 */
final class PomParser implements ManifestParser {
    private static final String PARENT = "project/parent";
    private static final Set<String> DEPENDENCIES = Set.of(
            "project/dependencies/dependency", "project/profiles/profile/dependencies/dependency");
    private static final Set<String> DECLARATION_FIELDS = Set.of("groupId", "artifactId", "version", "scope");
    private static final Set<String> PROJECT_FIELDS =
            Set.of("project/groupId", "project/artifactId", "project/version");
    private static final String PROPERTIES = "project/properties";
    private static final Pattern PROPERTY_REFERENCE = Pattern.compile("\\$\\{([^}]+)}");
    /** Bounds the substitution of properties that refer to each other, cycles included. */
    private static final int MAX_SUBSTITUTION_ROUNDS = 10;
    /** The JDK folds the location into the message; it is reported separately. */
    private static final Pattern JDK_LOCATION_PREFIX =
            Pattern.compile("(?s)^ParseError at \\[row,col]:\\[-?\\d+,-?\\d+]\\s*Message:\\s*");

    /** A {@code <dependency>} or {@code <parent>} as written: its fields' text and the line it starts on. */
    private record Declaration(int line, boolean isParent, Map<String, String> fields) {
    }

    /** What the pom says, as far as it could be read. */
    private record PomContents(List<Declaration> declarations, Map<String, String> properties) {
    }

    @Override
    public void parse(SourceFile file, FileFacts facts) {
        PomContents pom = new PomContents(new ArrayList<>(), new HashMap<>());
        try {
            read(file.text(), pom);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            String message = JDK_LOCATION_PREFIX.matcher(String.valueOf(e.getMessage())).replaceFirst("");
            new ParseProblem(message, at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber())
                    .reportTo(facts, file.entry().fileName());
        }
        Map<String, String> properties = withProjectProperties(pom);
        for (Declaration declaration : pom.declarations()) {
            String groupId = resolve(declaration.fields().getOrDefault("groupId", ""), properties);
            String artifactId = resolve(declaration.fields().getOrDefault("artifactId", ""), properties);
            if (!groupId.isEmpty() && !artifactId.isEmpty()) {
                facts.addDependency("maven", groupId + ":" + artifactId,
                        resolve(declaration.fields().getOrDefault("version", ""), properties), declaration.line(),
                        resolve(declaration.fields().getOrDefault("scope", ""), properties).equals("test"));
            }
        }
    }

    private static void read(String text, PomContents pom) throws XMLStreamException {
        // The JDK's own StAX, not whichever implementation the classpath brings (Woodstox arrives with
        // jackson-dataformat-xml), so that behaviour and messages do not change with the dependencies.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        // A manifest is untrusted input: no DTDs, so no external entities (XXE).
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
        try {
            List<String> path = new ArrayList<>();
            Declaration open = null;
            String openPath = "";
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String enclosing = String.join("/", path);
                    String name = reader.getLocalName();
                    path.add(name);
                    String here = String.join("/", path);
                    if (DEPENDENCIES.contains(here) || here.equals(PARENT)) {
                        int line = reader.getLocation().getLineNumber();
                        open = new Declaration(line, here.equals(PARENT), new HashMap<>());
                        openPath = here;
                    } else if (open != null && enclosing.equals(openPath) && DECLARATION_FIELDS.contains(name)) {
                        open.fields().put(name, textOf(reader, path));
                    } else if (enclosing.equals(PROPERTIES)) {
                        pom.properties().put(name, textOf(reader, path));
                    } else if (PROJECT_FIELDS.contains(here)) {
                        pom.properties().put("project." + name, textOf(reader, path));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (open != null && String.join("/", path).equals(openPath)) {
                        pom.declarations().add(open);
                        open = null;
                    }
                    path.remove(path.size() - 1);
                }
            }
        } finally {
            reader.close();
        }
    }

    /** Reads a text-only element to its end tag, which then is no longer on the path. */
    private static String textOf(XMLStreamReader reader, List<String> path) throws XMLStreamException {
        String text = reader.getElementText().strip();
        path.remove(path.size() - 1);
        return text;
    }

    /** The pom's own properties plus the {@code project.*} ones Maven derives, inheriting from the parent. */
    private static Map<String, String> withProjectProperties(PomContents pom) {
        Map<String, String> properties = new HashMap<>(pom.properties());
        pom.declarations().stream().filter(Declaration::isParent).findFirst().ifPresent(parent -> {
            parent.fields().forEach((field, value) -> properties.put("project.parent." + field, value));
            properties.putIfAbsent("project.version", parent.fields().getOrDefault("version", ""));
            properties.putIfAbsent("project.groupId", parent.fields().getOrDefault("groupId", ""));
        });
        return properties;
    }

    /** Substitutes {@code ${name}}; a reference the pom does not define (its parent may) is kept as written. */
    private static String resolve(String value, Map<String, String> properties) {
        String resolved = value;
        for (int round = 0; round < MAX_SUBSTITUTION_ROUNDS && resolved.contains("${"); round++) {
            String next = PROPERTY_REFERENCE.matcher(resolved).replaceAll(reference ->
                    Matcher.quoteReplacement(properties.getOrDefault(reference.group(1), reference.group())));
            if (next.equals(resolved)) {
                break;
            }
            resolved = next;
        }
        return resolved;
    }
}
