package dev.readiness.facts;

import java.util.List;

/**
 * A serverless or managed platform the repository deploys to, as {@code stack.yml} describes it: the platform
 * starts, stops, scales and health-checks the code, so rules about the process's own lifecycle do not apply.
 *
 * @param id       the id rules name in {@code platform: [..]}
 * @param name     for reports ("Vercel")
 * @param evidence what showed it (a config file, a runtime package, a handler export)
 */
public record Platform(String id, String name, List<Evidence> evidence) {

    public Platform {
        evidence = List.copyOf(evidence);
    }
}
