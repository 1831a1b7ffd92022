package dev.readiness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.rules.BuiltInChecks;
import dev.readiness.rules.RuleLoader;
import dev.readiness.rules.RuleSet;
import dev.readiness.rules.Severity;
import dev.readiness.rules.YamlFileException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigParserTest {
    private static final RuleSet RULES = bundled();

    private static RuleSet bundled() {
        try {
            return new RuleLoader(BuiltInChecks.all()).loadBundled();
        } catch (YamlFileException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static ProjectConfig parse(String text) throws YamlFileException {
        return new ConfigParser(RULES).parse(".readiness.yml", text);
    }

    private static String error(String text) {
        return assertThrows(YamlFileException.class, () -> parse(text)).getMessage();
    }

    @Test
    void readsEveryPart() throws YamlFileException {
        ProjectConfig config = parse("""
                project: voiceforge
                fail-under: 70
                fail-on: P1
                weights:
                  security: 3
                  docs: 0.5
                modules:
                  payments: required
                  email: off
                rules:
                  docs.no-runbook: off
                  security.cors-wildcard: P0
                ignore:
                  - "generated/**"
                suppressions:
                  - rule: security.debug-enabled
                    path: "app/*.py"
                    reason: debug is off in the image
                    expires: 2030-01-31
                  - rule: security.no-rate-limiting
                    reason: the gateway limits
                """);

        assertEquals(Optional.of("voiceforge"), config.project());
        assertEquals(Optional.of(70), config.failUnder());
        assertEquals(Optional.of(Severity.P1), config.failOn());
        assertEquals(Map.of("security", 3.0, "docs", 0.5), config.weights());
        assertEquals(Map.of("payments", ModuleSwitch.REQUIRED, "email", ModuleSwitch.OFF), config.modules());
        assertEquals(Set.of("docs.no-runbook"), config.disabledRules());
        assertEquals(Map.of("security.cors-wildcard", Severity.P0), config.severities());
        assertEquals(List.of("generated/**"), config.ignore());
        assertEquals(2, config.suppressions().size());
        ConfigSuppression first = config.suppressions().get(0);
        assertEquals("security.debug-enabled", first.ruleId());
        assertEquals("debug is off in the image", first.reason());
        assertEquals(Optional.of(LocalDate.of(2030, 1, 31)), first.expires());
        assertEquals(".readiness.yml:16:5", first.where());
        assertTrue(first.covers("security.debug-enabled", "app/main.py"));
        assertTrue(!first.covers("security.debug-enabled", "app/routers/auth.py"));
        assertTrue(config.suppressions().get(1).covers("security.no-rate-limiting", "anything/at/all.py"));
    }

    @Test
    void theIgnorePatternsAreReadWithoutTheRulesAndAgreeWithTheFullParse() throws YamlFileException {
        String text = "rules:\n  no.such-rule: off\nignore:\n  - \"generated/**\"\n  - \"*.min.js\"\n";

        assertEquals(List.of("generated/**", "*.min.js"), ConfigParser.ignoreGlobs(".readiness.yml", text));
        assertTrue(error(text).contains("unknown rule 'no.such-rule'"), "the full parse still checks rule ids");
        assertEquals(parse("ignore: [\"a/**\"]\n").ignore(), ConfigParser.ignoreGlobs(".readiness.yml",
                "ignore: [\"a/**\"]\n"));
        assertEquals(List.of(), ConfigParser.ignoreGlobs(".readiness.yml", "project: x\n"));
        assertThrows(YamlFileException.class, () -> ConfigParser.ignoreGlobs(".readiness.yml", "ignore: [\"a\"\n"));
    }

    @Test
    void anEmptyFileIsNoConfiguration() throws YamlFileException {
        assertEquals(ProjectConfig.none().modules(), parse("").modules());
        assertEquals(Optional.empty(), parse("# nothing yet\n").failUnder());
    }

    @Test
    void unknownKeysAreErrorsWithTheirPlace() {
        assertEquals(".readiness.yml:2:1: unknown key 'fail_under' in the configuration (expected one of: fail-on, "
                + "fail-under, ignore, modules, project, rules, suppressions, weights)", error("project: x\nfail_under: 80\n"));
        assertEquals(".readiness.yml:3:5: unknown key 'expiry' in a suppression (expected one of: expires, path, reason, "
                + "rule)", error("suppressions:\n  - rule: docs.no-runbook\n    expiry: 2030-01-01\n    reason: r\n"));
        assertEquals(".readiness.yml:2:3: unknown rule 'docs.no-runbok' (run 'readiness rules' for the list)",
                error("rules:\n  docs.no-runbok: off\n"));
        assertTrue(error("modules:\n  paymnts: required\n")
                .startsWith(".readiness.yml:2:3: unknown key 'paymnts' in modules (expected one of: auth, config, "));
    }

    @Test
    void wrongTypesAndValuesAreErrorsWithTheirPlace() {
        assertEquals(".readiness.yml:1:13: 'fail-under' must be a whole number from 0 to 100, not 'eighty'",
                error("fail-under: eighty\n"));
        assertEquals(".readiness.yml:1:13: 'fail-under' must be a whole number from 0 to 100, not '101'",
                error("fail-under: 101\n"));
        assertEquals(".readiness.yml:1:10: 'fail-on' must be one of P0, P1, P2, P3, not 'P5'", error("fail-on: P5\n"));
        assertEquals(".readiness.yml:2:13: 'security' must be a number, not 'heavy'",
                error("weights:\n  security: heavy\n"));
        assertEquals(".readiness.yml:2:13: module 'payments' must be 'required' or 'off', not 'on'",
                error("modules:\n  payments: on\n"));
        assertEquals(".readiness.yml:2:20: rule 'docs.no-runbook' must be 'off' or one of P0, P1, P2, P3, not 'P7'",
                error("rules:\n  docs.no-runbook: P7\n"));
        assertEquals(".readiness.yml:1:9: 'ignore' must be a text value, not a mapping",
                error("ignore: {a: b}\n"));
        assertEquals(".readiness.yml:1:15: 'suppressions' must be a list, not a mapping",
                error("suppressions: {rule: x}\n"));
        assertEquals(".readiness.yml:2:5: missing required key 'reason'",
                error("suppressions:\n  - rule: docs.no-runbook\n"));
        assertEquals(".readiness.yml:2:11: unknown rule 'nope' (run 'readiness rules' for the list)",
                error("suppressions:\n  - rule: nope\n    reason: r\n"));
        assertEquals(".readiness.yml:4:14: 'expires' must be a date YYYY-MM-DD, not '31/01/2030'",
                error("suppressions:\n  - rule: docs.no-runbook\n    reason: r\n    expires: 31/01/2030\n"));
    }

    @Test
    void anExpiredSuppressionHoldsOnItsLastDay() throws YamlFileException {
        ConfigSuppression suppression = parse("suppressions:\n  - rule: docs.no-runbook\n    reason: r\n"
                + "    expires: 2030-01-31\n").suppressions().get(0);

        assertTrue(!suppression.expiredOn(LocalDate.of(2030, 1, 31)));
        assertTrue(suppression.expiredOn(LocalDate.of(2030, 2, 1)));
    }
}
