package dev.readiness.scan;

import java.util.Locale;

/** What a file is for in its repository; one role per file. */
public enum FileRole {
    SOURCE, TEST, CONFIG, MANIFEST, ENV, DOC, CI, INFRA, MIGRATION, SCHEMA, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
