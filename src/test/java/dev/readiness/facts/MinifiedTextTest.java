package dev.readiness.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MinifiedTextTest {

    @Test
    void aBundleLineMakesTextMinified() {
        String bundle = "var a=1;" + "function f(x){return x+1};".repeat(400) + "\nvar b=2;\n";

        assertEquals(bundle.indexOf('\n'), MinifiedText.longLine("app.js", bundle));
    }

    @Test
    void ordinaryCodeIsNotAndTheNameAloneIsEnough() {
        String code = "def f():\n    return 1\n".repeat(10_000);

        assertEquals(0, MinifiedText.longLine("app.py", code));
        assertEquals(12, MinifiedText.longLine("vendor.min.js", "var a=1;b=2;"));
        assertEquals(0, MinifiedText.longLine("empty.js", ""));
    }
}
