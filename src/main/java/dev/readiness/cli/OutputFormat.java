package dev.readiness.cli;

/** The report formats {@code --format} takes. */
enum OutputFormat {
    MD("md"), JSON("json"), SARIF("sarif"), JUNIT("junit.xml"), HTML("html"), CODEQUALITY("codequality.json");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    String defaultFileName() {
        return "readiness-report." + extension;
    }
}
