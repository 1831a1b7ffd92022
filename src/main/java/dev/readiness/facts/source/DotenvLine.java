package dev.readiness.facts.source;

/** What one statement of a dotenv file turned out to be. */
sealed interface DotenvLine permits DotenvLine.Assignment, DotenvLine.Malformed {

    /** @param line where the assignment starts; a quoted value may run over the following lines */
    record Assignment(String name, String value, int line) implements DotenvLine {
    }

    /** @param problem completes "line N …": {@code is not a KEY=value assignment} */
    record Malformed(int line, String problem) implements DotenvLine {
    }
}
