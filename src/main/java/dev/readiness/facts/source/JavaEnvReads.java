package dev.readiness.facts.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.readiness.facts.FileFacts;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Environment reads in a parsed Java file: {@code System.getenv("X")}, Spring's and Micronaut's
 * {@code @Value("${X:default}")}, Micronaut's {@code @Property(name = "X")}, MicroProfile's
 * {@code @ConfigProperty(name = "X")} and {@code environment.getProperty("X")}. Property lookups count only for
 * {@code UPPER_SNAKE} names, which is how the environment is spelled among dotted properties.
 */
final class JavaEnvReads {
    private static final Set<String> SYSTEM = Set.of("System", "java.lang.System");
    private static final Set<String> SYSTEM_ENDINGS = Set.of("system");
    private static final Set<String> PROPERTY_GETTERS = Set.of("getProperty", "getRequiredProperty");
    /** {@code env}, {@code environment}, {@code springEnv}, {@code this.environment}: Spring's Environment. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("(?i)(?:.*[a-z])?env(?:ironment)?");
    private static final Set<String> VALUE = Set.of("Value");
    private static final Set<String> NAMED_PROPERTIES = Set.of("Property", "ConfigProperty");
    private static final Set<String> ENVIRONMENT_ENDINGS = Set.of("env", "environment");

    private JavaEnvReads() {
    }

    /**
     * Whether the masked source holds a read this class would record (a call or annotation given a constant name
     * of the right shape): false means parsing would find none.
     */
    static boolean mayRead(MaskedSource source) {
        return JavaMarkers.callsOn(source, "getenv", SYSTEM_ENDINGS, EnvNames::isName)
                || JavaMarkers.callsOn(source, "getProperty", ENVIRONMENT_ENDINGS, EnvNames::isUpperSnake)
                || JavaMarkers.callsOn(source, "getRequiredProperty", ENVIRONMENT_ENDINGS, EnvNames::isUpperSnake)
                || JavaMarkers.hasAnnotation(source, VALUE, value -> Placeholders.any(value, EnvNames::isUpperSnake))
                || JavaMarkers.hasAnnotation(source, NAMED_PROPERTIES, EnvNames::isUpperSnake);
    }

    static void read(CompilationUnit unit, FileFacts facts) {
        unit.findAll(MethodCallExpr.class).forEach(call -> readCall(call, facts));
        unit.findAll(AnnotationExpr.class).forEach(annotation -> readAnnotation(annotation, facts));
    }

    private static void readCall(MethodCallExpr call, FileFacts facts) {
        Optional<StringLiteralExpr> firstArgument = call.getArguments().getFirst()
                .filter(Expression::isStringLiteralExpr).map(Expression::asStringLiteralExpr);
        Optional<Expression> scope = call.getScope();
        if (firstArgument.isEmpty() || scope.isEmpty()) {
            return;
        }
        String method = call.getNameAsString();
        if (method.equals("getenv") && SYSTEM.contains(scope.get().toString())) {
            addIf(firstArgument.get(), EnvNames::isName, facts);
        } else if (PROPERTY_GETTERS.contains(method) && isEnvironment(scope.get())) {
            addIf(firstArgument.get(), EnvNames::isUpperSnake, facts);
        }
    }

    private static boolean isEnvironment(Expression scope) {
        if (scope.isMethodCallExpr()) {
            return scope.asMethodCallExpr().getNameAsString().equals("getEnvironment");
        }
        String name = scope.isFieldAccessExpr() ? scope.asFieldAccessExpr().getNameAsString() : scope.toString();
        return ENVIRONMENT_NAME.matcher(name).matches();
    }

    private static void readAnnotation(AnnotationExpr annotation, FileFacts facts) {
        switch (annotation.getName().getIdentifier()) {
            case "Value" -> member(annotation, "value").ifPresent(literal ->
                    Placeholders.forEach(literal.asString(), (name, offset) -> {
                        if (EnvNames.isUpperSnake(name)) {
                            facts.addEnvReference(name, lineOf(literal));
                        }
                    }));
            case "Property", "ConfigProperty" -> member(annotation, "name")
                    .ifPresent(literal -> addIf(literal, EnvNames::isUpperSnake, facts));
            default -> {
            }
        }
    }

    /** The string literal given to an annotation's member, written {@code @A("v")} or {@code @A(key = "v")}. */
    private static Optional<StringLiteralExpr> member(AnnotationExpr annotation, String key) {
        Optional<Expression> value = Optional.empty();
        if (annotation.isSingleMemberAnnotationExpr() && key.equals("value")) {
            value = Optional.of(annotation.asSingleMemberAnnotationExpr().getMemberValue());
        } else if (annotation.isNormalAnnotationExpr()) {
            value = annotation.asNormalAnnotationExpr().getPairs().stream()
                    .filter(pair -> pair.getNameAsString().equals(key)).findFirst().map(pair -> pair.getValue());
        }
        return value.filter(Expression::isStringLiteralExpr).map(Expression::asStringLiteralExpr);
    }

    private static void addIf(StringLiteralExpr literal, Predicate<String> isEnvName, FileFacts facts) {
        String name = literal.asString();
        if (isEnvName.test(name)) {
            facts.addEnvReference(name, lineOf(literal));
        }
    }

    static int lineOf(Node node) {
        return node.getBegin().map(begin -> begin.line).orElse(0);
    }
}
