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
            "this.springEnvironment .getProperty(\"X\");true",
            "context.getEnvironment().getProperty(\"X\");true",
            "System.getProperty(\"user.home\");false",
            "props.getProperty(\"X\");false",
            "env.getPropertyNames();false",
            "getProperty(\"X\");false"})
    void findsCallsOnReceiversNamedLikeTheEnvironment(String code, boolean found) {
        assertEquals(found, JavaMarkers.callsOn(code, "getProperty", Set.of("env", "environment")));
    }
}
