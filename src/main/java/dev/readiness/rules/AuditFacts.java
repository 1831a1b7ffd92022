package dev.readiness.rules;

import dev.readiness.facts.Inventory;
import dev.readiness.facts.Stack;

/**
 * What conditions are evaluated against. {@code stack} is null only while the stack itself is
 * being detected; the loader keeps stack predicates out of the stack's own conditions.
 */
public record AuditFacts(Inventory inventory, Stack stack) {
}
