package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user or CI calls it: outputs, gate and exit codes. */
class CommandLineTest {
    private static final String PYTHON = Audits.FIXTURES.resolve("python-fastapi").toString();
    private static final String LIBRARY = Audits.FIXTURES.resolve("java-library").toString();

    @TempDir
    Path out;

    @Test
    void auditWritesEveryRequestedFormatAndSummarises() {
        Run run = run("audit", PYTHON, "--format", "md,json", "--output", out.toString(), "--no-color");

        assertEquals(0, run.code, run.err);
        assertTrue(Files.isRegularFile(out.resolve("readiness-report.md")));
        assertTrue(Files.isRegularFile(out.resolve("readiness-report.json")));
        assertTrue(run.err.contains("NOT PRODUCTION READY"), run.err);
        assertTrue(run.err.contains("open findings: P0 "), run.err);
    }

    @Test
    void oneFormatWithOutputWritesThatFile() {
        Path file = out.resolve("nested/report.json");

        Run run = run("audit", LIBRARY, "--format", "json", "--output", file.toString(), "--quiet");

        assertEquals(0, run.code, run.err);
        assertTrue(Files.isRegularFile(file));
        assertEquals("", run.err, "--quiet prints nothing but warnings");
    }

    @Test
    void gateFailsOnAnOpenP0AndBelowTheThreshold() {
        assertEquals(1, run("audit", PYTHON, "-o", out.resolve("a.md").toString(), "--fail-on", "P0").code);
        assertEquals(1, run("audit", PYTHON, "-o", out.resolve("b.md").toString(), "--fail-under", "95").code);
        assertEquals(0, run("audit", PYTHON, "-o", out.resolve("c.md").toString(), "--fail-under", "0").code);
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run("audit", "--no-such-option").code);
        assertEquals(2, run("audit", out.resolve("missing").toString()).code);
        assertEquals(2, run("audit", PYTHON, "--fail-under", "101").code);
        assertEquals(2, run("audit", PYTHON, "--fail-on", "P9").code);
        assertEquals(2, run("audit", PYTHON, "--format", "pdf").code);
    }

    @Test
    void malformedRulesExitTwoNamingFileLineAndColumn() throws IOException {
        Path rules = Files.createDirectories(out.resolve("rules"));
        Files.writeString(rules.resolve("docs.yml"), "module: docs\nrules:\n  - id: docs.readme\n    title: x\n"
                + "    severity: P1\n    passes-when: {fiel: [README.md]}\n", StandardCharsets.UTF_8);

        Run run = run("audit", LIBRARY, "--rules", rules.toString(), "-o", out.resolve("r.md").toString());

        assertEquals(2, run.code);
        assertTrue(run.err.contains("docs.yml:6:19: unknown predicate 'fiel'"), run.err);
    }

    @Test
    void customRulesReplaceTheBundledOnes() throws IOException {
        Path rules = Files.createDirectories(out.resolve("rules"));
        Files.writeString(rules.resolve("docs.yml"), "module: docs\nrules:\n  - id: docs.readme\n    title: Has a README\n"
                + "    severity: P1\n    passes-when: {file: [README.md]}\n", StandardCharsets.UTF_8);

        Run list = run("rules", "--rules", rules.toString());

        assertEquals(0, list.code, list.err);
        assertTrue(list.out.contains("1 rules in 1 modules"), list.out);
    }

    @Test
    void rulesListsAndExplains() {
        Run list = run("rules");
        Run explain = run("rules", "payments.no-processor");
        Run unknown = run("rules", "payments.nope");

        assertEquals(0, list.code);
        assertTrue(list.out.contains("payments.no-processor"), list.out);
        assertEquals(0, explain.code);
        assertTrue(explain.out.startsWith("payments.no-processor — "), explain.out);
        assertEquals(2, unknown.code);
    }

    @Test
    void versionAndHelp() {
        Run version = run("--version");
        Run help = run("--help");

        assertEquals(0, version.code);
        assertTrue(version.out.matches("readiness \\d+\\.\\d+\\.\\d+.*\\R"), version.out);
        assertEquals(0, help.code);
        assertTrue(help.out.contains("audit") && help.out.contains("Exit codes"), help.out);
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
