package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JavaSourceExtractorTest {
    private final JavaSourceExtractor extractor = new JavaSourceExtractor();

    @Test
    void javaImportFormsWithoutASyntaxTree() {
        String text = """
                package com.example;

                import com.stripe.Stripe;
                import io.sentry.*;
                import static org.junit.jupiter.api.Assertions.assertEquals;
                import static java.util.Map.*;
                import java.util
                    .List;
                // import com.commented.Out;
                /* import com.block.Commented; */

                class A {
                    String s = \"""
                        import com.in.TextBlock;
                        \""";
                    void broken( {
                }
                """;
        assertEquals(List.of("com.stripe.Stripe:3", "io.sentry:4", "org.junit.jupiter.api.Assertions:5",
                "java.util.Map:6", "java.util.List:7"),
                Extraction.imports(extractor, "src/main/java/com/example/A.java", text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "import java.util .* ;|java.util",
            "import static  a.B.c;|a.B",
            "import a.b.*x;|",
            "import a.b-c;|",
            "importer.run();|",
            "x = 1; import a.B;|",
            "import staticx.Y;|staticx.Y",
            "/* licence */ import a.B;|a.B"})
    void importStatementsAreReadByHand(String line, String expected) {
        List<String> found = Extraction.run(extractor, "src/main/java/A.java", line + "\nclass A {}\n").imports()
                .stream().map(ref -> ref.module()).toList();
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }

    @Test
    void environmentReads() {
        String text = """
                package com.example;

                import org.springframework.beans.factory.annotation.Value;

                class Config {
                    @Value("${DATABASE_URL}") String url;
                    @Value("${SERVER_PORT:8080}") int port;
                    @Value(value = "${spring.application.name}") String name;
                    @Value("${lower_case:x}") String lower;
                    @Value("${HOST:localhost}:${REDIS_PORT:6379}") String redis;
                    @Value("CONSTANT") String constant;
                    @Property(name = "MICRONAUT_KEY") String key;
                    @Property(name = "micronaut.server.port") String dotted;
                    @ConfigProperty(name = "MP_TIMEOUT") int timeout;
                    @ConfigProperty(name = "mp.timeout") int dottedTimeout;

                    String read(org.springframework.core.env.Environment environment) {
                        String a = System.getenv("API_KEY");
                        String b = java.lang.System.getenv("QUALIFIED");
                        String c = environment.getProperty("SPRING_SECRET");
                        String d = env.getRequiredProperty("REQUIRED", String.class);
                        String e = environment.getProperty("spring.datasource.url");
                        String f = System.getProperty("SYSTEM_PROPERTY");
                        String g = System.getenv(nameVariable);
                        String h = props.getProperty("NOT_AN_ENVIRONMENT");
                        String i = "System.getenv(\\"IN_STRING\\")";
                        // System.getenv("IN_COMMENT")
                        return a + b + c + d + e + f + g + h + i;
                    }
                }
                """;
        assertEquals(List.of("DATABASE_URL:6", "SERVER_PORT:7", "HOST:10", "REDIS_PORT:10", "MICRONAUT_KEY:12",
                "MP_TIMEOUT:14", "API_KEY:18", "QUALIFIED:19", "SPRING_SECRET:20", "REQUIRED:21"),
                Extraction.envReferences(extractor, "src/main/java/com/example/Config.java", text));
    }

    @Test
    void java17FeaturesParse() {
        String text = """
                package com.example;

                import java.util.List;

                sealed interface Shape permits Circle, Square {}
                record Circle(double radius) implements Shape {}
                record Square(double side) implements Shape {}

                @Entity
                final class Shapes {
                    static final String QUERY = \"""
                        SELECT * FROM shapes
                        WHERE kind = 'circle'
                        \""";

                    static double area(Object shape) {
                        if (shape instanceof Circle c) {
                            return Math.PI * c.radius() * c.radius();
                        }
                        return switch (shape.getClass().getSimpleName()) {
                            case "Square" -> ((Square) shape).side() * ((Square) shape).side();
                            default -> {
                                yield 0;
                            }
                        };
                    }

                    String token() {
                        return System.getenv("TOKEN");
                    }
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/com/example/Shapes.java", text);

        assertEquals(List.of(), facts.warnings());
        assertEquals(List.of("shapes"), facts.tablesModelled().stream().map(t -> t.qualifiedName()).toList());
        assertEquals(List.of("TOKEN"), facts.envReferences().stream().map(found -> found.name()).toList());
    }

    @Test
    void syntaxOfNewerJavaVersionsParses() {
        String text = """
                @Entity
                class Newer {
                    String read(Object o) {
                        if (o instanceof Point(var x, var _)) {
                            return System.getenv("NEWER");
                        }
                        try { return ""; } catch (Exception _) { return null; }
                    }
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/Newer.java", text);

        assertEquals(List.of(), facts.warnings());
        assertEquals(List.of("newer"), facts.tablesModelled().stream().map(t -> t.qualifiedName()).toList());
        assertEquals(List.of("NEWER"), facts.envReferences().stream().map(found -> found.name()).toList());
    }

    @Test
    void aSyntaxErrorBecomesOneWarningAndNoEntitiesWhileTheLexicalFactsStay() {
        String text = """
                package com.example;

                import com.stripe.Stripe;

                @Entity
                class Broken {
                    String key = System.getenv("API_KEY")
                    void m( {
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/com/example/Broken.java", text);

        assertTrue(facts.tablesModelled().isEmpty());
        assertEquals(List.of("API_KEY"), facts.envReferences().stream().map(found -> found.name()).toList());
        assertEquals(List.of("com.stripe.Stripe"), facts.imports().stream().map(found -> found.module()).toList());
        assertEquals(1, facts.warnings().size());
        String warning = facts.warnings().get(0);
        assertTrue(warning.startsWith("Java source could not be parsed: "), warning);
        assertTrue(warning.matches("(?s).*\\(line \\d+, column \\d+\\)"), warning);
        assertFalse(warning.contains("\n"), warning);
    }

    @Test
    void nestingTooDeepForTheParserIsAWarning() {
        String text = "@Entity class Deep { int x = " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + "; }";
        FileFacts facts = Extraction.run(extractor, "src/main/java/Deep.java", text);

        assertEquals(List.of("Java source could not be parsed: expressions are nested too deeply"),
                facts.warnings());
    }

    @Test
    void aFileNamingNoSourceOfFactsIsNotParsed() {
        String text = """
                package com.example;

                // System.getenv("IN_COMMENT") and @Entity in prose do not count
                class Broken {
                    String s = "press SELECT, or @Value";
                    String home = System.getProperty("user.home");
                    void m( {
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/com/example/Broken.java", text);

        assertEquals(List.of(), facts.warnings());
        assertTrue(facts.envReferences().isEmpty());
    }

    @Test
    void propertyGettersOnTheEnvironmentAreRead() {
        String text = """
                class Config {
                    String url(Environment env) { return env.getProperty("DATABASE_URL"); }
                    String key() { return context.getEnvironment().getRequiredProperty("API_KEY"); }
                }
                """;
        assertEquals(List.of("DATABASE_URL:2", "API_KEY:3"),
                Extraction.envReferences(extractor, "src/main/java/Config.java", text));
    }

    @Test
    void qualifiedAnnotationsAreRead() {
        String text = """
                class Config {
                    @org.springframework.beans.factory.annotation.Value("${DB_URL}") String url;
                }
                """;
        assertEquals(List.of("DB_URL:2"), Extraction.envReferences(extractor, "src/main/java/Config.java", text));
    }

    @Test
    void sqlStringsAreReadWithoutASyntaxTree() {
        String text = """
                class Repo {
                    String q = "select id " + "from orders";
                    void broken( {
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/Repo.java", text);

        assertEquals(List.of(), facts.warnings());
        assertEquals(List.of("orders:2"), facts.tablesReferenced().stream()
                .map(t -> t.qualifiedName() + ":" + t.line()).toList());
    }

    @Test
    void aFileNamingAPropertyWithoutAnEnvironmentNameIsNotParsed() {
        String text = """
                class Config {
                    String url(Environment env) { return env.getProperty("spring.datasource.url"); }
                    @Value("${server.port}") int port;
                    String home = System.getenv(name);
                    void broken( {
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/Config.java", text);

        assertEquals(List.of(), facts.warnings());
        assertTrue(facts.envReferences().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "em.createQuery(\"select u from User u\")|true",
            "em.createQuery(String.format(\"select u from %s u\", t))|false",
            "em.createNativeQuery(\"select * from users\")|false",
            "@Query(\"select u from User u\") List<User> all()|true",
            "@org.springframework.data.jpa.repository.Query(value = \"select u from User u\") List<User> all()|true",
            "@Query(value = \"select * from users\", nativeQuery = true) List<User> all()|false",
            "@NamedQueries({ @NamedQuery(name = \"all\", query = \"select u from User u\") }) class U {}|true",
            "if (em.createQuery((\"select u from User u\")) != null) {}|true",
            "String q = \"select * from users\"|false",
            "run(() -> { return \"select * from users\"; })|false"})
    void jpqlIsTheArgumentOfAJpqlCallOrAnnotation(String code, boolean jpql) {
        MaskedSource source = Lexer.mask(code, Syntax.JAVA);
        int quote = source.literals().stream().filter(literal -> literal.value().startsWith("select"))
                .findFirst().orElseThrow().start();
        assertEquals(jpql, JavaQueries.isJpql(source.code(), quote));
    }

    @Test
    void acceptsJavaOnly() {
        assertTrue(extractor.accepts(Extraction.entry("src/A.java", 1)));
        assertFalse(extractor.accepts(Extraction.entry("src/a.kt", 1)));
    }

    @Test
    void jpaEntitiesMapTablesAndNativeSqlUsesThemButJpqlDoesNot() {
        String text = """
                package com.example;

                @Entity
                @Table(name = "stock_movements", schema = "inventory")
                class StockMovement {}

                @Entity
                class ProductLine {}

                interface Repo {
                    @Query("select s from StockMovement s")
                    List<StockMovement> all();

                    @Query(value = "SELECT * FROM inventory.stock_movements WHERE sku = ?1", nativeQuery = true)
                    List<StockMovement> bySku(String sku);

                    default int count(JdbcTemplate jdbc) {
                        return jdbc.queryForObject("SELECT count(*) " +
                                "FROM " + "audit_events", Integer.class);
                    }
                }
                """;
        FileFacts facts = Extraction.run(extractor, "src/main/java/com/example/StockMovement.java", text);
        assertEquals(List.of("inventory.stock_movements:5", "product_line:8"), facts.tablesModelled().stream()
                .map(t -> t.qualifiedName() + ":" + t.line()).toList());
        // a table is reported on the line holding its name, as in the other languages
        assertEquals(List.of("inventory.stock_movements:14", "audit_events:19"), facts.tablesReferenced().stream()
                .map(t -> t.qualifiedName() + ":" + t.line()).toList());
    }
}
