package dev.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.source.LineIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MinifiedTextTest {

    @Test
    void aBundleLineMakesTextMinified() {
        String bundle = "var a=1;" + "function f(x){return x+1};".repeat(400) + "\nvar b=2;\n";

        assertEquals(bundle.indexOf('\n'), MinifiedText.longLine("app.js", LineIndex.of(bundle)));
    }

    @Test
    void ordinaryCodeIsNotAndTheNameAloneIsEnough() {
        String code = "def f():\n    return 1\n".repeat(10_000);

        assertEquals(0, MinifiedText.longLine("app.py", LineIndex.of(code)));
        assertEquals(12, MinifiedText.longLine("vendor.min.js", LineIndex.of("var a=1;b=2;")));
        assertEquals(0, MinifiedText.longLine("empty.js", LineIndex.of("")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|0", "'abc'|3", "'ab\ncdef\n'|4", "'abcdef\nab'|6", "'ab\r\ncd'|3",
            "'\n\n'|0"})
    void theLongestLineLeavesItsLineBreakOut(String text, int longest) {
        assertEquals(longest, LineIndex.of(text).longestLine());
    }
}
