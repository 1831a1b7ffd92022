package dev.readiness.facts.secrets;

import dev.readiness.facts.SecretRedactor;

/** How found secrets appear in reports: masked, or whole for local use with {@code --no-redact}. */
public enum Redaction {
    MASKED {
        @Override
        String show(String secret) {
            return SecretRedactor.mask(secret);
        }
    },
    WHOLE {
        @Override
        String show(String secret) {
            return secret;
        }
    };

    abstract String show(String secret);
}
