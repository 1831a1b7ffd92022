package dev.readiness.report;

/** The one-line message of a finding for tools that show a single sentence: its title, then its state. */
final class FindingMessage {

    private FindingMessage() {
    }

    static String of(Finding finding) {
        return finding.currentState().isEmpty() ? finding.title() : finding.title() + ". " + finding.currentState();
    }
}
