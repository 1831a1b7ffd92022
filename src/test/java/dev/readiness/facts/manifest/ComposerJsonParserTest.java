package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComposerJsonParserTest {

    @Test
    void readsRequireAndRequireDevSkippingPlatformPackages() {
        FileFacts facts = ManifestFixture.extract("composer.json", """
                {
                  "name": "acme/shop",
                  "require": {
                    "php": "^8.2",
                    "ext-json": "*",
                    "laravel/framework": "^11.0",
                    "stripe/stripe-php": "^13.0"
                  },
                  "require-dev": {
                    "phpunit/phpunit": "^10.5"
                  }
                }
                """);

        assertEquals(List.of(
                new Dependency("packagist", "laravel/framework", "^11.0", "composer.json", 6, false),
                new Dependency("packagist", "stripe/stripe-php", "^13.0", "composer.json", 7, false),
                new Dependency("packagist", "phpunit/phpunit", "^10.5", "composer.json", 10, true)),
                facts.dependencies());
    }

    @Test
    void brokenFileWarnsWithoutThrowing() {
        FileFacts facts = ManifestFixture.extract("composer.json", """
                {
                  "require": {
                    "monolog/monolog": "^3.0",
                    oops
                  }
                }
                """);

        assertEquals(List.of(new Dependency("packagist", "monolog/monolog", "^3.0", "composer.json", 3, false)),
                facts.dependencies());
        String warning = ManifestFixture.onlyWarning(facts);
        assertTrue(warning.startsWith("could not parse composer.json: "), warning);
        assertTrue(warning.contains("(line 4, column"), warning);
    }
}
