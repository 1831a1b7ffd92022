package dev.readiness.scan;

import java.util.Locale;

/**
 * What a file is for in its repository; one role per file. {@code EXAMPLE} is code shipped to show how to use the
 * project (examples/, samples/, demo/): it is not the product, whatever it imports or declares.
 */
public enum FileRole {
    SOURCE, TEST, CONFIG, MANIFEST, ENV, DOC, CI, INFRA, MIGRATION, SCHEMA, EXAMPLE, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
