package dev.readiness.report;

import java.util.List;

/** An open finding a suppression covers: reported, but not counted in the score or status. */
record SuppressedFinding(Finding finding, List<Suppression> suppressions) {
}
