package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Environment reads in Java code, read from the masked source as in the other languages: {@code System.getenv("X")},
 * Spring's and Micronaut's {@code @Value("${X:default}")}, Micronaut's {@code @Property(name = "X")},
 * MicroProfile's {@code @ConfigProperty(name = "X")} and {@code environment.getProperty("X")}. Property lookups
 * count only for {@code UPPER_SNAKE} names, which is how the environment is spelled among dotted properties. No
 * syntax tree is needed: each form is a call or an annotation given a constant, and the masked source already
 * tells code from comments and strings.
 */
final class JavaEnvReads {
    private static final Set<String> SYSTEM = Set.of("System", "java.lang.System");
    private static final Set<String> PROPERTY_GETTERS = Set.of("getProperty", "getRequiredProperty");
    /** {@code env}, {@code environment}, {@code springEnv}, {@code this.environment}: Spring's Environment. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("(?i)(?:.*[a-z])?env(?:ironment)?");
    private static final Set<String> ANNOTATIONS = Set.of("Value", "Property", "ConfigProperty");

    private JavaEnvReads() {
    }

    /** Whether the raw text names anything {@link #read} looks for; false means it would find nothing. */
    static boolean mayRead(String text) {
        if (text.contains("getenv")) {
            return true;
        }
        for (String getter : PROPERTY_GETTERS) {
            if (text.contains(getter)) {
                return true;
            }
        }
        return JavaMarkers.hasWord(text, ANNOTATIONS);
    }

    static void read(MaskedSource source, FileFacts facts) {
        JavaMarkers.forEachCall(source, "getenv", (receiver, name) -> {
            if (!receiver.callResult() && SYSTEM.contains(receiver.name()) && name.constant()
                    && EnvNames.isName(name.value())) {
                facts.addEnvReference(name.value(), source.lineAt(name.start()));
            }
        });
        for (String getter : PROPERTY_GETTERS) {
            JavaMarkers.forEachCall(source, getter, (receiver, name) -> {
                if (isEnvironment(receiver) && name.constant() && EnvNames.isUpperSnake(name.value())) {
                    facts.addEnvReference(name.value(), source.lineAt(name.start()));
                }
            });
        }
        JavaMarkers.forEachAnnotation(source.code(), ANNOTATIONS, (annotation, open, close) -> {
            if (annotation.equals("Value")) {
                JavaMarkers.member(source, open, close, "value").filter(StringLiteral::constant).ifPresent(literal ->
                        Placeholders.forEach(literal.value(), (name, offset) -> {
                            if (EnvNames.isUpperSnake(name)) {
                                facts.addEnvReference(name, source.lineAt(literal.start()));
                            }
                        }));
            } else {
                JavaMarkers.member(source, open, close, "name").filter(StringLiteral::constant)
                        .filter(literal -> EnvNames.isUpperSnake(literal.value()))
                        .ifPresent(literal -> facts.addEnvReference(literal.value(), source.lineAt(literal.start())));
            }
        });
    }

    private static boolean isEnvironment(JavaMarkers.Receiver receiver) {
        return receiver.callResult() ? receiver.name().equals("getEnvironment")
                : ENVIRONMENT_NAME.matcher(receiver.simpleName()).matches();
    }
}
