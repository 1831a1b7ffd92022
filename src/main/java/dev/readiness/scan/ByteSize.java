package dev.readiness.scan;

import java.util.Locale;

/** A file size for warnings: {@code 512 bytes}, {@code 3.5 KB}, {@code 52.4 MB} (units of 1,024). */
record ByteSize(long bytes) {

    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    @Override
    public String toString() {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
