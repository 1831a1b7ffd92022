package dev.readiness.facts.source;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LexerTest {

    @Test
    void blanksCommentsAndLiteralInsidesKeepingOffsetsAndLines() {
        String text = "x = 1  # import stripe\ny = \"import os\"\n";
        MaskedSource masked = Lexer.mask(text, Syntax.PYTHON);

        assertEquals("x = 1                 \ny = \"         \"\n", masked.code());
        assertEquals(text.length(), masked.code().length());
        assertEquals("import os", masked.constantAt(text.indexOf('"')).orElseThrow());
        assertEquals(2, masked.lineAt(text.indexOf('"')));
    }

    @Test
    void pythonTripleQuotedStringsSpanLines() {
        String text = "def f():\n    \"\"\"\n    import stripe\n    \"\"\"\n    return 1\n";
        String code = Lexer.mask(text, Syntax.PYTHON).code();

        assertFalse(code.contains("stripe"));
        assertTrue(code.contains("return 1"));
        assertEquals(text.lines().count(), code.lines().count());
    }

    @Test
    void pythonFormatStringsKeepTheirEmbeddedCode() {
        String text = "u = f\"{os.getenv('HOST')}:{{literal}}\"\nr = rb'\\d'\n";
        MaskedSource masked = Lexer.mask(text, Syntax.PYTHON);

        assertTrue(masked.code().contains("os.getenv("));
        assertFalse(masked.code().contains("literal"));
        assertEquals("HOST", masked.constantAt(text.indexOf("'HOST'")).orElseThrow());
        assertFalse(masked.literalAt(text.indexOf('"')).orElseThrow().constant());
        assertEquals("\\d", masked.constantAt(text.indexOf("'\\d'")).orElseThrow());
    }

    @Test
    void templateLiteralsInterpolateCodeWithNestedBraces() {
        String text = "const u = `${ {a: process.env.A}.a }/x/${`${process.env.B}`}`;\n";
        MaskedSource masked = Lexer.mask(text, Syntax.SCRIPT);

        assertTrue(masked.code().contains("process.env.A"));
        assertTrue(masked.code().contains("process.env.B"));
        assertFalse(masked.code().contains("/x/"));
        assertTrue(masked.code().endsWith(";\n"));
    }

    @Test
    void regexLiteralsHideTheirQuotesButDivisionIsNoRegex() {
        String text = "const re = /it's \\/ [/']/g; const half = a / 2; const b = 'x';\n";
        MaskedSource masked = Lexer.mask(text, Syntax.SCRIPT);

        assertTrue(masked.code().contains("const half = a / 2;"));
        assertEquals("x", masked.constantAt(text.indexOf("'x'")).orElseThrow());
    }

    @Test
    void anOpenQuoteEndsWithItsLineUnlessTheLiteralMaySpanLines() {
        String jsx = "const p = <p>Don't</p>;\nrequire('stripe');\n";
        MaskedSource masked = Lexer.mask(jsx, Syntax.SCRIPT);

        assertEquals("stripe", masked.constantAt(jsx.indexOf("'stripe'")).orElseThrow());
    }

    @Test
    void blockCommentsAndEscapedQuotes() {
        String text = "/* require('a')\n */ s := \"say \\\"hi\\\"\" // tail\nr := `raw\\`";
        MaskedSource masked = Lexer.mask(text, Syntax.GO);

        assertEquals(List.of("say \\\"hi\\\"", "raw\\"),
                masked.literals().stream().map(StringLiteral::value).toList());
        assertFalse(masked.code().contains("require"));
        assertFalse(masked.code().contains("tail"));
    }

    @Test
    void rubyInterpolationIsCode() {
        String text = "url = \"#{ENV['HOST']}/x\" # ENV['NOPE']\n";
        MaskedSource masked = Lexer.mask(text, Syntax.RUBY);

        assertTrue(masked.code().contains("ENV["));
        assertFalse(masked.code().contains("NOPE"));
        assertEquals("HOST", masked.constantAt(text.indexOf("'HOST'")).orElseThrow());
    }

    @Test
    void configCommentsDependOnWhereTheMarkerStands() {
        String yaml = "url: http://h/#${A}\n# ${B}\nkey: v #${C}\n";
        String properties = "a=${A}#x\n  # ${B}\n! ${C}\n";

        assertEquals("url: http://h/#${A}\n      \nkey: v      \n", Lexer.mask(yaml, Syntax.YAML).code());
        assertEquals("a=${A}#x\n        \n      \n", Lexer.mask(properties, Syntax.PROPERTIES).code());
    }
}
