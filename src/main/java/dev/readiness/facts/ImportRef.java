package dev.readiness.facts;

/**
 * A module a source file imports: {@code stripe}, {@code @aws-sdk/client-s3}, {@code com.stripe.Stripe},
 * {@code github.com/getsentry/sentry-go}.
 */
public record ImportRef(String module, String path, int line) {
}
