package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void controlCharactersBecomeReplacementCharactersAndTheRestStays() {
        assertEquals("a\tb\nc\uFFFDd\uFFFDe 😀", XmlText.clean("a\tb\nc\u001Bd\u0000e 😀"));
    }

    @Test
    void aLoneSurrogateIsReplaced() {
        assertEquals("x\uFFFDy", XmlText.clean("x\uD800y"));
    }
}
