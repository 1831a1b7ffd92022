package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import java.util.List;

/** What evaluating one rule gave. */
public sealed interface Outcome {

    /** 1 for a pass, ½ for partial, 0 for a fail; not defined for N/A, which is left out of scores. */
    double credit();

    List<Evidence> evidence();

    record Passed(List<Evidence> evidence) implements Outcome {
        public double credit() {
            return 1;
        }
    }

    /**
     * @param passing the part of the evidence that shows what already passes (the covered files of a rule judged
     *                per file): shown with the finding, but nothing to fix or to suppress
     */
    record Partial(List<Evidence> evidence, List<Evidence> passing) implements Outcome {
        public Partial {
            evidence = List.copyOf(evidence);
            passing = List.copyOf(passing);
        }

        public Partial(List<Evidence> evidence) {
            this(evidence, List.of());
        }

        public double credit() {
            return 0.5;
        }
    }

    record Failed(List<Evidence> evidence) implements Outcome {
        public double credit() {
            return 0;
        }
    }

    /** @param reason what the repository lacks for the rule to apply */
    record NotApplicable(String reason) implements Outcome {
        public double credit() {
            throw new IllegalStateException("a rule that does not apply has no credit");
        }

        public List<Evidence> evidence() {
            return List.of();
        }
    }
}
