package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
    @CsvSource(delimiter = '|', value = {
            "env.getProperty(\"X\");|env=X",
            "this.springEnvironment .getProperty( \"X\");|this.springEnvironment=X",
            "context.getEnvironment().getProperty(\"X\");|getEnvironment()=X",
            "java.lang.System.getProperty(\"user.home\");|java.lang.System=user.home",
            "a(b(c)).getProperty(\"X\");|a()=X",
            "env.getPropertyNames();|",
            "getProperty(\"X\");|",
            "env.getProperty(name);|",
            "// env.getProperty(\"X\");|",
            "String s = \"env.getProperty(\\\"X\\\")\";|"})
    void findsCallsGivenAStringWithWhatTheyAreCalledOn(String code, String expected) {
        List<String> found = new ArrayList<>();
        JavaMarkers.forEachCall(Lexer.mask(code, Syntax.JAVA), "getProperty", (receiver, literal) ->
                found.add(receiver.name() + (receiver.callResult() ? "()" : "") + "=" + literal.value()));
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "@Value(\"${DB_URL}\") String x|value|${DB_URL}",
            "@Value(value = \"${A:b}\") String x|value|${A:b}",
            "@Property(name = \"X\", defaultValue = \"y\") String x|name|X",
            "@Property(defaultValue = \"y\", name=\"X\") String x|name|X",
            "@Property(name == \"X\") String x|name|",
            "@Property(username = \"X\") String x|name|",
            "@Value(NAME) String x; String y = \"${DB_URL}\"|value|"})
    void readsTheStringGivenToAnAnnotationsMember(String code, String key, String expected) {
        MaskedSource source = Lexer.mask(code, Syntax.JAVA);
        List<String> found = new ArrayList<>();
        JavaMarkers.forEachAnnotation(source.code(), Set.of("Value", "Property"), (name, open, close) ->
                JavaMarkers.member(source, open, close, key).ifPresent(literal -> found.add(literal.value())));
        assertEquals(expected == null ? List.of() : List.of(expected), found);
    }
}
