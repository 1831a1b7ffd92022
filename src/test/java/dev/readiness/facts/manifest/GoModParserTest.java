package dev.readiness.facts.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.Dependency;
import dev.readiness.facts.FileFacts;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoModParserTest {

    @Test
    void readsSingleRequiresAndRequireBlocksButNotReplaceOrExclude() {
        FileFacts facts = ManifestFixture.extract("go.mod", """
                module github.com/acme/payments

                go 1.22

                require github.com/stripe/stripe-go/v76 v76.25.0

                require (
                \tgithub.com/getsentry/sentry-go v0.27.0
                \tgithub.com/jackc/pgx/v5 v5.5.5 // indirect
                \t// github.com/commented/out v1.0.0
                )

                replace (
                \tgithub.com/jackc/pgx/v5 => ../pgx
                )

                exclude github.com/old/thing v1.0.0
                """);

        assertEquals(List.of(
                new Dependency("go", "github.com/stripe/stripe-go/v76", "v76.25.0", "go.mod", 5, false),
                new Dependency("go", "github.com/getsentry/sentry-go", "v0.27.0", "go.mod", 8, false),
                new Dependency("go", "github.com/jackc/pgx/v5", "v5.5.5", "go.mod", 9, false)),
                facts.dependencies());
    }
}
