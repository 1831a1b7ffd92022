package dev.readiness.report;

/** One install command or snippet, with the code-fence language it is shown in. */
record InstallCommand(String text, String fence) {
}
