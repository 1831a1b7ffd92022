package dev.readiness.facts.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import dev.readiness.facts.FileFacts;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tables in a parsed Java file. A JPA {@code @Entity} maps its {@code @Table(name, schema)}, or by default the
 * snake_case of its class name (Spring Boot's naming). String literals that hold SQL (joined across {@code +})
 * refer to tables; JPQL is left out, since it names entities.
 */
final class JavaTables {

    private static final Set<String> JPQL_CALLS = Set.of("createQuery", "createNamedQuery");
    private static final Set<String> JPQL_ANNOTATIONS = Set.of("Query", "NamedQuery");

    private JavaTables() {
    }

    /** Whether code (comments and strings masked) may declare an entity: false means parsing would find none. */
    static boolean mayDefineModel(String code) {
        return JavaMarkers.hasAnnotation(code, Set.of("Entity"));
    }

    /** Whether a string literal may begin a query, alone or as the first part of a concatenation. */
    static boolean mayQuery(MaskedSource source) {
        return source.literals().values().stream().anyMatch(literal -> SqlTables.mayStartQuery(literal.value()));
    }

    static void readModels(CompilationUnit unit, FileFacts facts) {
        for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
            Optional<AnnotationExpr> entity = type.getAnnotationByName("Entity");
            if (entity.isEmpty()) {
                continue;
            }
            Optional<AnnotationExpr> table = type.getAnnotationByName("Table");
            String entityName = attribute(entity.get(), "name").orElse(type.getNameAsString());
            String schema = table.flatMap(t -> attribute(t, "schema")).orElse("");
            String tableName = table.flatMap(t -> attribute(t, "name")).orElse(snakeCase(entityName));
            facts.addTableModel(schema, tableName, JavaEnvReads.lineOf(type.getName()));
        }
    }

    static void readReferences(CompilationUnit unit, FileFacts facts) {
        for (LiteralStringValueExpr literal : unit.findAll(LiteralStringValueExpr.class)) {
            if (!(literal instanceof StringLiteralExpr || literal instanceof TextBlockLiteralExpr)
                    || isConcatenationPart(literal) || isJpql(literal)) {
                continue;
            }
            read(literal, literal.getValue(), facts);
        }
        for (BinaryExpr concatenation : unit.findAll(BinaryExpr.class)) {
            if (concatenation.getOperator() == BinaryExpr.Operator.PLUS && !isConcatenationPart(concatenation)
                    && !isJpql(concatenation)) {
                StringBuilder text = new StringBuilder();
                append(concatenation, text);
                read(concatenation, text.toString(), facts);
            }
        }
    }

    private static void read(Node at, String text, FileFacts facts) {
        if (SqlTables.isQuery(text)) {
            SqlTables.readStatement(text, JavaEnvReads.lineOf(at), facts);
        }
    }

    /** Operands other than string literals stand for an unknown value: a blank keeps the words apart. */
    private static void append(Expression expression, StringBuilder text) {
        if (expression.isBinaryExpr() && expression.asBinaryExpr().getOperator() == BinaryExpr.Operator.PLUS) {
            append(expression.asBinaryExpr().getLeft(), text);
            append(expression.asBinaryExpr().getRight(), text);
        } else if (expression instanceof StringLiteralExpr || expression instanceof TextBlockLiteralExpr) {
            text.append(((LiteralStringValueExpr) expression).getValue());
        } else {
            text.append(' ');
        }
    }

    /** JPQL names entities, not tables: {@code @Query} without {@code nativeQuery = true}, {@code createQuery}. */
    private static boolean isJpql(Node node) {
        for (Optional<Node> at = node.getParentNode(); at.isPresent(); at = at.get().getParentNode()) {
            Node ancestor = at.get();
            if (ancestor instanceof MethodCallExpr call) {
                return JPQL_CALLS.contains(call.getNameAsString());
            }
            if (ancestor instanceof AnnotationExpr annotation) {
                return JPQL_ANNOTATIONS.contains(annotation.getNameAsString())
                        && !attributeIsTrue(annotation, "nativeQuery");
            }
        }
        return false;
    }

    private static boolean attributeIsTrue(AnnotationExpr annotation, String name) {
        return annotation.isNormalAnnotationExpr() && annotation.asNormalAnnotationExpr().getPairs().stream()
                .anyMatch(pair -> pair.getNameAsString().equals(name) && pair.getValue().isBooleanLiteralExpr()
                        && pair.getValue().asBooleanLiteralExpr().getValue());
    }

    private static boolean isConcatenationPart(Node node) {
        return node.getParentNode().filter(parent -> parent instanceof BinaryExpr binary
                && binary.getOperator() == BinaryExpr.Operator.PLUS).isPresent();
    }

    private static Optional<String> attribute(AnnotationExpr annotation, String name) {
        if (annotation.isSingleMemberAnnotationExpr() && name.equals("name")) {
            return constant(annotation.asSingleMemberAnnotationExpr().getMemberValue());
        }
        if (!annotation.isNormalAnnotationExpr()) {
            return Optional.empty();
        }
        return annotation.asNormalAnnotationExpr().getPairs().stream()
                .filter(pair -> pair.getNameAsString().equals(name)).map(MemberValuePair::getValue)
                .findFirst().flatMap(JavaTables::constant).filter(value -> !value.isBlank());
    }

    private static Optional<String> constant(Expression expression) {
        return expression.isStringLiteralExpr() ? Optional.of(expression.asStringLiteralExpr().getValue())
                : Optional.empty();
    }

    private static String snakeCase(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
