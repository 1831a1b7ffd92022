package dev.readiness.facts.source;

import dev.readiness.facts.EnvDeclaration;
import dev.readiness.facts.FileFacts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnvFileExtractorTest {
    private final EnvFileExtractor extractor = new EnvFileExtractor();

    /** {@code NAME@line=value} per declaration, in file order. */
    private List<String> declarations(FileFacts facts) {
        return facts.envDeclarations().stream()
                .map(found -> found.name() + "@" + found.line() + "=" + found.value()).toList();
    }

    @Test
    void assignmentForms() {
        String text = """
                # a comment
                PLAIN=value
                export EXPORTED=yes
                  SPACED = around equals\t
                INLINE=abc # the comment
                HASH=abc#not-a-comment
                SINGLE='literal \\n # kept'
                DOUBLE="line1\\nsays \\"hi\\" \\\\ done" # comment
                BACKTICK=`it's "quoted"`
                EMPTY=
                EMPTY_COMMENT= # nothing
                MULTI="first
                second"
                AFTER=1
                spring.datasource-url=jdbc

                """;
        FileFacts facts = Extraction.run(extractor, ".env", text);

        assertEquals(List.of("PLAIN@2=value", "EXPORTED@3=yes", "SPACED@4=around equals", "INLINE@5=abc",
                "HASH@6=abc#not-a-comment", "SINGLE@7=literal \\n # kept",
                "DOUBLE@8=line1\nsays \"hi\" \\ done", "BACKTICK@9=it's \"quoted\"", "EMPTY@10=",
                "EMPTY_COMMENT@11=", "MULTI@12=first\nsecond", "AFTER@14=1", "spring.datasource-url@15=jdbc"),
                declarations(facts));
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void windowsLineEndingsAndByteOrderMark() {
        FileFacts facts = Extraction.run(extractor, "config/.env.local",
                "\uFEFFA=1\r\nB=\"x\r\ny\"\r\n\r\nC=3\r\n");

        assertEquals(List.of("A@1=1", "B@2=x\ny", "C@5=3"), declarations(facts));
        assertFalse(facts.envDeclarations().stream().map(EnvDeclaration::value).anyMatch(v -> v.contains("\r")));
    }

    @Test
    void aHalfWrittenFileKeepsItsGoodLinesAndWarnsAboutTheRest() {
        String text = """
                DATABASE_URL=postgres://localhost/db
                STRIPE_KEY
                = orphan value
                [section]
                SECRET_KEY=abc
                TOKEN="never closed
                LAST=1
                """;
        FileFacts facts = Extraction.run(extractor, ".env.production", text);

        assertEquals(List.of("DATABASE_URL@1=postgres://localhost/db", "SECRET_KEY@5=abc", "LAST@7=1"),
                declarations(facts));
        assertEquals(List.of("line 2 is not a KEY=value assignment", "line 3 is not a KEY=value assignment",
                "line 4 is not a KEY=value assignment", "line 6 opens a quoted value that is never closed"),
                facts.warnings());
    }

    @Test
    void warningsStopAtFivePerFileThenOneSummary() {
        String text = IntStream.rangeClosed(1, 8).mapToObj(i -> "garbage " + i).collect(Collectors.joining("\n"))
                + "\nOK=1\n";
        FileFacts facts = Extraction.run(extractor, "x.env", text);

        assertEquals(List.of("line 1 is not a KEY=value assignment", "line 2 is not a KEY=value assignment",
                "line 3 is not a KEY=value assignment", "line 4 is not a KEY=value assignment",
                "line 5 is not a KEY=value assignment", "3 more lines could not be read as KEY=value assignments"),
                facts.warnings());
        assertEquals(List.of("OK@9=1"), declarations(facts));
    }

    @Test
    void acceptsDotenvFilesOnly() {
        assertTrue(extractor.accepts(Extraction.entry(".env.example", 1)));
        assertTrue(extractor.accepts(Extraction.entry("deploy/prod.env", 1)));
        assertFalse(extractor.accepts(Extraction.entry("config/env.py", 1)));
    }
}
