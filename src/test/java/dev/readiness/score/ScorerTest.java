package dev.readiness.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The worked example of the README, number by number. */
class ScorerTest {

    @Test
    void workedExampleFromTheReadme() {
        ModuleResult security = module("security", 1,
                result("security.a", Severity.P0, new Outcome.Failed(List.of())),
                result("security.b", Severity.P1, new Outcome.Partial(List.of())),
                result("security.c", Severity.P2, new Outcome.Passed(List.of())),
                result("security.d", Severity.P3, new Outcome.NotApplicable("no web service")));
        ModuleResult docs = module("docs", 1,
                result("docs.a", Severity.P1, new Outcome.Passed(List.of())),
                result("docs.b", Severity.P2, new Outcome.Failed(List.of())));
        ModuleResult payments = new ModuleResult(rawModule("payments", 1), Optional.of("no billing tables"),
                List.of(result("payments.a", Severity.P0, new Outcome.NotApplicable("no billing tables"))));

        Scorecard card = new Scorer(Map.of()).score(List.of(payments, security, docs));

        CategoryScore securityScore = card.categories().get(1);
        assertEquals(4.5, securityScore.earned());
        assertEquals(17, securityScore.possible());
        assertEquals(OptionalInt.of(26), securityScore.score(), "100 × 4.5 / 17 = 26.47");
        assertEquals(OptionalInt.of(71), card.categories().get(2).score(), "100 × 5 / 7 = 71.43");
        assertFalse(card.categories().get(0).applicable(), "N/A is neither 0 nor 100");
        assertEquals(OptionalInt.of(49), card.overall(), "(26 + 71) / 2 = 48.5, rounded half up");
        assertEquals(Optional.of("F"), card.grade());
        assertEquals(Status.NOT_READY, card.status());
        assertEquals(Map.of(Severity.P0, 1, Severity.P1, 1, Severity.P2, 1, Severity.P3, 0), card.openCounts());
        assertEquals(Optional.of("security.a title"), securityScore.topIssue());
    }

    @Test
    void anNaCategorySaysWhyWithItsModulesReasonOrElseItsRules() {
        ModuleResult payments = new ModuleResult(rawModule("payments", 1), Optional.of("no billing tables"),
                List.of(result("payments.a", Severity.P0, new Outcome.NotApplicable("no billing tables"))));
        ModuleResult deployment = module("deployment", 1,
                result("deployment.a", Severity.P1, new Outcome.NotApplicable("deployed on Vercel (vercel.json)")),
                result("deployment.b", Severity.P2, new Outcome.NotApplicable("deployed on Vercel (vercel.json)")),
                result("deployment.c", Severity.P2, new Outcome.NotApplicable("no Dockerfile")));
        ModuleResult docs = module("docs", 1, result("docs.a", Severity.P2, new Outcome.Passed(List.of())));

        Scorecard card = new Scorer(Map.of()).score(List.of(payments, deployment, docs));

        assertEquals(Optional.of("no billing tables"), card.categories().get(0).notApplicableReason());
        assertEquals(Optional.of("no rule applies: deployed on Vercel (vercel.json); no Dockerfile"),
                card.categories().get(1).notApplicableReason());
        assertEquals(Optional.empty(), card.categories().get(2).notApplicableReason());
    }

    @Test
    void categoryWeightsWeighTheOverallScore() {
        ModuleResult security = module("security", 1, result("security.a", Severity.P0, new Outcome.Failed(List.of())));
        ModuleResult docs = module("docs", 1, result("docs.a", Severity.P2, new Outcome.Passed(List.of())));

        Scorecard card = new Scorer(Map.of("security", 3.0)).score(List.of(security, docs));

        assertEquals(OptionalInt.of(25), card.overall(), "(3 × 0 + 1 × 100) / 4");
    }

    @Test
    void statusIsConditionalWithOnlyP1OpenAndReadyWithNone() {
        ModuleResult p1 = module("docs", 1, result("docs.a", Severity.P1, new Outcome.Partial(List.of())));
        ModuleResult p2 = module("docs", 1, result("docs.a", Severity.P2, new Outcome.Failed(List.of())));

        assertEquals(Status.CONDITIONAL, new Scorer(Map.of()).score(List.of(p1)).status());
        assertEquals(Status.READY, new Scorer(Map.of()).score(List.of(p2)).status());
    }

    @Test
    void noApplicableCategoryMeansNoScore() {
        ModuleResult only = module("docs", 1, result("docs.a", Severity.P1, new Outcome.NotApplicable("x")));

        Scorecard card = new Scorer(Map.of()).score(List.of(only));

        assertTrue(card.overall().isEmpty());
        assertTrue(card.categories().get(0).score().isEmpty());
    }

    @Test
    void roundsHalfUpEvenWhereBinaryFractionsWouldNot() {
        assertEquals(87, Scorer.roundHalfUp(86.5));
        assertEquals(86, Scorer.roundHalfUp(86.49));
        assertEquals(0, Scorer.roundHalfUp(0.4));
    }

    static RuleResult result(String id, Severity severity, Outcome outcome) {
        Rule rule = new Rule(id, id.substring(0, id.indexOf('.')), id + " title", severity, severity.defaultWeight(),
                "", Optional.empty(), Polarity.PASSES_WHEN, new Condition.RolePresent(Set.of()), Optional.empty(),
                new RuleStates("", "", ""), List.of(), Map.of(), 0, List.of(), RuleScope.REPOSITORY);
        return new RuleResult(rule, outcome);
    }

    private static ModuleResult module(String id, double weight, RuleResult... results) {
        return new ModuleResult(rawModule(id, weight), Optional.empty(), List.of(results));
    }

    private static RuleModule rawModule(String id, double weight) {
        return new RuleModule(id, id, weight, Optional.empty(), List.of(), id + ".yml");
    }
}
