package dev.readiness.facts.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import dev.readiness.facts.FileFacts;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tables that a parsed Java file models: a JPA {@code @Entity} maps its {@code @Table(name, schema)}, or by
 * default the snake_case of its class name (Spring Boot's naming). The tables its SQL strings use are read
 * without a tree, by {@link JavaQueries}.
 */
final class JavaTables {

    private JavaTables() {
    }

    private static final Set<String> ENTITY = Set.of("Entity");

    /** Whether the raw text names {@code Entity} at all: false means it declares no entity, masked or parsed. */
    static boolean mayName(String text) {
        return JavaMarkers.hasWord(text, ENTITY);
    }

    /** Whether code (comments and strings masked) may declare an entity: false means parsing would find none. */
    static boolean mayDefineModel(String code) {
        return JavaMarkers.hasAnnotation(code, ENTITY);
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
            facts.addTableModel(schema, tableName, lineOf(type.getName()));
        }
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

    private static int lineOf(Node node) {
        return node.getBegin().map(begin -> begin.line).orElse(0);
    }

    private static String snakeCase(String className) {
        return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
