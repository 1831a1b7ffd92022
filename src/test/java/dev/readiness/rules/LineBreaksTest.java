package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineBreaksTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "pool:\\s*\\n;true",
            "a\\r?b;true",
            "[\\n,]x;true",
            "[^\\n]*x;false",
            "[^]\\n]x;false",
            "[]\\n]x;true",
            "\\\\n;false",
            "debug\\s*=\\s*True$;false",
            "(?s)a.{0,9}b;true",
            "(?is)a.b;true",
            "(?i-s)a.b;false",
            "(?i)(?P<s>x);false"})
    void seesALineBreakNamedOutsideANegatedClassOrTheDotAllFlag(String regex, boolean named) {
        assertEquals(named, LineBreaks.named(regex));
    }
}
