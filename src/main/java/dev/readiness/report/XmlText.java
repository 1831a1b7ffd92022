package dev.readiness.report;

/**
 * Text that XML 1.0 can hold. Snippets come from arbitrary files and may carry control characters that
 * no XML parser accepts, even escaped; each becomes U+FFFD so the report stays readable.
 */
final class XmlText {
    private static final int REPLACEMENT = 0xFFFD;

    private XmlText() {
    }

    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : REPLACEMENT));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
