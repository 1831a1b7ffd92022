package dev.readiness.rules;

import java.util.Comparator;
import java.util.List;

/** The report's categories in the order DESIGN.md gives them; modules with other ids follow by name. */
final class Categories {
    private static final List<String> ORDER = List.of("payments", "email", "security", "auth", "storage",
            "schema", "monitoring", "testing", "deployment", "config", "scalability", "docs");

    static final Comparator<RuleModule> MODULE_ORDER = Comparator
            .comparingInt((RuleModule m) -> rank(m.id())).thenComparing(RuleModule::id);

    private Categories() {
    }

    private static int rank(String id) {
        int index = ORDER.indexOf(id);
        return index < 0 ? ORDER.size() : index;
    }
}
