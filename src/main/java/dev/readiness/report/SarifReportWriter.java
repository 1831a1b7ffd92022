package dev.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.facts.Evidence;
import dev.readiness.rules.Rule;
import dev.readiness.rules.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The SARIF 2.1.0 log: one run whose driver lists every rule of the rule set and whose results are the
 * findings. Code-scanning services (GitHub, Azure DevOps, SonarQube) read it as they read Semgrep's.
 */
public final class SarifReportWriter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "readiness/v1";
    private static final Set<String> SECURITY_CATEGORIES = Set.of("security", "auth");

    public String write(AuditReport report) {
        ReportContent content = ReportContent.of(report);
        InstallCommands install = new InstallCommands(report.rules().stack().installTemplates());
        List<Rule> rules = report.rules().rules();
        ObjectNode log = JsonNodeFactory.instance.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "readiness");
        driver.put("version", report.toolVersion());
        driver.put("semanticVersion", report.toolVersion());
        ArrayNode ruleNodes = driver.putArray("rules");
        rules.forEach(rule -> rule(ruleNodes.addObject(), rule, install.forRule(rule, report.stack()).stream()
                .map(InstallCommand::text).toList()));
        run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", rootUri(report.root()));
        List<String> ruleIds = rules.stream().map(Rule::id).toList();
        ArrayNode results = run.putArray("results");
        content.findings().forEach(finding -> result(results.addObject(), finding, ruleIds.indexOf(finding.ruleId())));
        return JsonText.of(log);
    }

    private static void rule(ObjectNode node, Rule rule, List<String> commands) {
        node.put("id", rule.id());
        node.put("name", pascalCase(rule.id()));
        node.putObject("shortDescription").put("text", rule.title());
        node.putObject("fullDescription").put("text", rule.impact().isEmpty() ? rule.title() : rule.impact());
        ObjectNode help = node.putObject("help");
        help.put("text", helpText(rule, commands));
        help.put("markdown", helpMarkdown(rule, commands));
        if (!rule.references().isEmpty()) {
            node.put("helpUri", rule.references().get(0));
        }
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = node.putObject("properties");
        properties.putArray("tags").add(rule.module()).add(rule.severity().name());
        if (SECURITY_CATEGORIES.contains(rule.module())) {
            properties.put("security-severity", securitySeverity(rule.severity()));
        }
    }

    private static void result(ObjectNode node, Finding finding, int ruleIndex) {
        node.put("ruleId", finding.ruleId());
        node.put("ruleIndex", ruleIndex);
        node.put("level", level(finding.severity()));
        node.putObject("message").put("text", FindingMessage.of(finding));
        ArrayNode locations = node.putArray("locations");
        for (Evidence place : FindingPlaces.orRoot(finding)) {
            ObjectNode physical = locations.addObject().putObject("physicalLocation");
            ObjectNode artifact = physical.putObject("artifactLocation");
            artifact.put("uri", relativeUri(place.path()));
            artifact.put("uriBaseId", SOURCE_ROOT);
            if (place.line() > 0) {
                ObjectNode region = physical.putObject("region");
                region.put("startLine", place.line());
                if (!place.snippet().isEmpty()) {
                    region.putObject("snippet").put("text", place.snippet());
                }
            }
        }
        node.putObject("partialFingerprints").put(FINGERPRINT_KEY, FindingFingerprint.of(finding));
        ObjectNode properties = node.putObject("properties");
        properties.put("severity", finding.severity().name());
        properties.put("state", finding.state());
    }

    static String level(Severity severity) {
        return switch (severity) {
            case P0, P1 -> "error";
            case P2 -> "warning";
            case P3 -> "note";
        };
    }

    /**
     * GitHub ranks alerts by this score: 9.0 and up critical, 7.0 high, 4.0 medium, below that low. Each
     * severity sits inside its band rather than on its edge.
     */
    private static String securitySeverity(Severity severity) {
        return switch (severity) {
            case P0 -> "9.5";
            case P1 -> "8.0";
            case P2 -> "5.5";
            case P3 -> "2.0";
        };
    }

    private static String helpText(Rule rule, List<String> commands) {
        StringBuilder text = new StringBuilder(rule.impact().isEmpty() ? rule.title() : rule.impact());
        if (!rule.actions().isEmpty()) {
            text.append("\n\nRequired actions:");
            rule.actions().forEach(action -> text.append("\n- ").append(action));
        }
        if (!commands.isEmpty()) {
            text.append("\n\nInstall:");
            commands.forEach(command -> text.append("\n  ").append(command));
        }
        if (!rule.references().isEmpty()) {
            text.append("\n\nReferences:");
            rule.references().forEach(reference -> text.append("\n- ").append(reference));
        }
        return text.toString();
    }

    private static String helpMarkdown(Rule rule, List<String> commands) {
        StringBuilder text = new StringBuilder(Markdown.inline(rule.impact().isEmpty() ? rule.title() : rule.impact()));
        if (!rule.actions().isEmpty()) {
            text.append("\n\n**Required actions**\n");
            rule.actions().forEach(action -> text.append("\n- ").append(Markdown.inline(action)));
        }
        if (!commands.isEmpty()) {
            text.append("\n\n```bash\n").append(String.join("\n", commands)).append("\n```");
        }
        if (!rule.references().isEmpty()) {
            text.append("\n\n**References**\n");
            rule.references().forEach(reference -> text.append("\n- <").append(reference).append('>'));
        }
        return text.toString();
    }

    /** {@code payments.no-processor} becomes {@code PaymentsNoProcessor}, the form SARIF viewers expect. */
    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    /** A relative URI reference: spaces and other reserved characters escaped, never read as a scheme. */
    static String relativeUri(String path) {
        String safe = path.indexOf(':') >= 0 && (path.indexOf('/') < 0 || path.indexOf(':') < path.indexOf('/'))
                ? "./" + path : path;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    private static String rootUri(String root) {
        String uri = Path.of(root).toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
