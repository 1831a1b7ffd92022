package dev.readiness.scan;

/** Something the scan could not do for one path; shown in the report, never fatal. */
public record ScanWarning(String path, String message) implements Comparable<ScanWarning> {

    @Override
    public String toString() {
        return path + ": " + message;
    }

    @Override
    public int compareTo(ScanWarning other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : message.compareTo(other.message);
    }
}
