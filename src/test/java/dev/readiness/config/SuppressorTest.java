package dev.readiness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.InlineSuppression;
import dev.readiness.rules.Condition;
import dev.readiness.rules.ModuleResult;
import dev.readiness.rules.Outcome;
import dev.readiness.rules.Polarity;
import dev.readiness.rules.Rule;
import dev.readiness.rules.RuleModule;
import dev.readiness.rules.RuleResult;
import dev.readiness.rules.RuleScope;
import dev.readiness.rules.RuleStates;
import dev.readiness.rules.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a partial finding of a per-file rule shows as already passing needs no suppression. */
class SuppressorTest {
    private static final String ID = "security.webhook-unverified";
    private static final Evidence TWILIO = new Evidence("app/twilio.py", 4, "@app.post('/webhooks/twilio')");
    private static final Evidence SLACK = new Evidence("app/slack.py", 6, "@app.post('/webhooks/slack')");
    private static final Evidence VERIFIED = new Evidence("app/github.py", 7, "verify_signature(body)");

    private final Suppressor suppressor = new Suppressor(List.of(), Set.of(ID), LocalDate.of(2026, 1, 1));

    @Test
    void suppressingEveryUncoveredPlaceSuppressesTheFinding() {
        Suppressor.Result result = suppressor.apply(List.of(module(new Outcome.Partial(List.of(TWILIO, VERIFIED),
                List.of(VERIFIED)))), List.of(ignore("app/twilio.py", 3)));

        assertEquals(Set.of(ID), result.suppressed().keySet());
    }

    @Test
    void suppressingSomeUncoveredPlacesKeepsTheRestAndWhatPasses() {
        Suppressor.Result result = suppressor.apply(List.of(module(new Outcome.Partial(
                List.of(SLACK, TWILIO, VERIFIED), List.of(VERIFIED)))), List.of(ignore("app/twilio.py", 4)));

        assertEquals(Map.of(), result.suppressed());
        assertEquals(new Outcome.Partial(List.of(SLACK, VERIFIED), List.of(VERIFIED)),
                result.modules().get(0).results().get(0).outcome());
    }

    @Test
    void aPlaceThatPassesCannotBeSuppressedInsteadOfTheOneThatDoesNot() {
        Outcome partial = new Outcome.Partial(List.of(TWILIO, VERIFIED), List.of(VERIFIED));

        Suppressor.Result result = suppressor.apply(List.of(module(partial)), List.of(ignore("app/github.py", 7)));

        assertEquals(Map.of(), result.suppressed());
        assertEquals(partial, result.modules().get(0).results().get(0).outcome());
    }

    private static InlineSuppression ignore(String path, int line) {
        return new InlineSuppression(ID, "reviewed", path, line);
    }

    private static ModuleResult module(Outcome outcome) {
        Rule rule = new Rule(ID, "security", "Inbound webhook not verified", Severity.P1, 5, "", Optional.empty(),
                Polarity.PASSES_WHEN, new Condition.RolePresent(Set.of()), Optional.empty(), new RuleStates("", "", ""),
                List.of(), Map.of(), 0, List.of(), RuleScope.FILE);
        RuleModule module = new RuleModule("security", "Security", 1, Optional.empty(), List.of(rule), "security.yml");
        return new ModuleResult(module, Optional.empty(), List.of(new RuleResult(rule, outcome)));
    }
}
