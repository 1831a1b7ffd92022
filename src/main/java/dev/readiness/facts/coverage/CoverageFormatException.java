package dev.readiness.facts.coverage;

/** A coverage report that is not in the format its name promises. */
final class CoverageFormatException extends Exception {

    CoverageFormatException(String message) {
        super(message);
    }
}
