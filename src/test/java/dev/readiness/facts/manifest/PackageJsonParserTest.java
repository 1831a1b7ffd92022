package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackageJsonParserTest {

    @Test
    void readsAllFourSectionsWithLinesAndDevFlag() {
        FileFacts facts = ManifestFixture.extract("web/package.json", """
                {
                  "name": "shop",
                  "scripts": { "dependencies": "not a section" },
                  "dependencies": {
                    "@sentry/node": "^7.100.0",
                    "stripe": "14.21.0"
                  },
                  "devDependencies": {
                    "typescript": "~5.4.0"
                  },
                  "peerDependencies": { "react": ">=18" },
                  "optionalDependencies": {
                    "fsevents": "*"
                  },
                  "config": { "devDependencies": { "ignored": "1" } }
                }
                """);

        assertEquals(List.of(
                new Dependency("npm", "@sentry/node", "^7.100.0", "web/package.json", 5, false),
                new Dependency("npm", "stripe", "14.21.0", "web/package.json", 6, false),
                new Dependency("npm", "typescript", "~5.4.0", "web/package.json", 9, true),
                new Dependency("npm", "react", ">=18", "web/package.json", 11, false),
                new Dependency("npm", "fsevents", "*", "web/package.json", 13, false)),
                facts.dependencies());
        assertEquals(List.of(), facts.warnings());
    }

    @Test
    void skipsEntriesWhoseVersionIsNotAString() {
        FileFacts facts = ManifestFixture.extract("package.json", """
                {"dependencies": {"odd": {"version": "1"}, "lodash": "^4.17.21"}}
                """);

        assertEquals(List.of(new Dependency("npm", "lodash", "^4.17.21", "package.json", 1, false)),
                facts.dependencies());
    }

    @Test
    void truncatedFileKeepsTheEntriesBeforeTheBreakAndWarns() {
        FileFacts facts = ManifestFixture.extract("package.json", """
                {
                  "dependencies": {
                    "express": "^4.19.2",
                    "pg": "^8.11",
                    "redis""");

        assertEquals(List.of(
                new Dependency("npm", "express", "^4.19.2", "package.json", 3, false),
                new Dependency("npm", "pg", "^8.11", "package.json", 4, false)),
                facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse package.json: Unexpected end-of-input"), warning);
        assertTrue(warning.endsWith("(line 5, column 11)"), warning);
    }

    @Test
    void topLevelArrayIsReportedNotRead() {
        FileFacts facts = ManifestFixture.extract("package.json", "[\"dependencies\"]");

        assertEquals(List.of(), facts.dependencies());
        assertEquals(List.of("could not parse package.json: the top level is not an object (line 1, column 1)"),
                facts.warnings());
    }
}
