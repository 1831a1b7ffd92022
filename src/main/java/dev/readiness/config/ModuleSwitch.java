package dev.readiness.config;

/** What {@code .readiness.yml} says about a module under {@code modules:}. */
public enum ModuleSwitch {
    /** The module applies even when the repository gives no signal for it. */
    REQUIRED,
    /** The module is N/A. */
    OFF
}
