package dev.readiness.cli;

/** The process exit codes, as DESIGN.md fixes them. */
final class ExitCode {
    /** The audit ran and the gate held. */
    static final int OK = 0;
    /** The audit ran and the gate failed. */
    static final int GATE_FAILED = 1;
    /** Bad usage, configuration or rules. */
    static final int USAGE = 2;
    /** A bug in readiness. */
    static final int INTERNAL = 3;

    private ExitCode() {
    }
}
