package dev.readiness.facts.manifest;

import dev.readiness.facts.FileFacts;

/**
 * Why a manifest could not be read to its end. Every format reports through this one wording so the
 * report reads alike whatever parser failed.
 *
 * @param line   1-based, or 0 when the parser did not say
 * @param column 1-based, or 0 when the parser did not say
 */
record ParseProblem(String message, int line, int column) {

    void reportTo(FileFacts facts, String fileName) {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        facts.warn("could not parse " + fileName + ": " + message + where);
    }
}
