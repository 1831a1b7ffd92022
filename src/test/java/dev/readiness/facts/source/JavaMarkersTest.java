package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaMarkersTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "@Value(\"${X}\") String x;true",
            "@ org.springframework.beans.factory.annotation . Value(\"${X}\") String x;true",
            "@Override void valueOf() {}; false",
            "@ValueObject class A {}; false",
            "String at = a@Value;true"})
    void findsAnnotationsBySimpleName(String code, boolean found) {
        assertEquals(found, JavaMarkers.hasAnnotation(code, Set.of("Value")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "env.getProperty(\"X\");true",
            "this.springEnvironment .getProperty( \"X\");true",
            "context.getEnvironment().getProperty(\"X\");true",
            "System.getProperty(\"user.home\");false",
            "props.getProperty(\"X\");false",
            "env.getPropertyNames();false",
            "getProperty(\"X\");false",
            "env.getProperty(\"lower.case\");false",
            "env.getProperty(name);false",
            "// env.getProperty(\"X\");false"})
    void findsCallsOnReceiversNamedLikeTheEnvironmentGivenAConstantOfTheRightShape(String code, boolean found) {
        MaskedSource source = Lexer.mask(code, Syntax.JAVA);
        assertEquals(found, JavaMarkers.callsOn(source, "getProperty", Set.of("env", "environment"),
                EnvNames::isUpperSnake));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@Value(\"${DB_URL}\") String x|true",
            "@Value(value = \"${A:b}${DB_URL}\") String x|true",
            "@Value(\"${spring.name}\") String x|false",
            "@Value(\"CONSTANT\") String x|false",
            "@Value String x; String y = \"${DB_URL}\"|false",
            "@Value(NAME) String x; String y = \"${DB_URL}\"|false"})
    void findsAnnotationsWhoseMembersHoldWhatIsLookedFor(String code, boolean found) {
        MaskedSource source = Lexer.mask(code, Syntax.JAVA);
        assertEquals(found, JavaMarkers.hasAnnotation(source, Set.of("Value"),
                value -> Placeholders.any(value, EnvNames::isUpperSnake)));
    }
}
