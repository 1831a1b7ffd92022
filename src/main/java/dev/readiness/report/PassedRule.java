package dev.readiness.report;

import dev.readiness.facts.Evidence;
import java.util.List;

/** A rule that passed, with what shows it. */
record PassedRule(String ruleId, String category, String title, String currentState, List<Evidence> evidence) {
}
