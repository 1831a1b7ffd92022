package dev.readiness.facts;

/** Told what the audit is doing, for a progress display. Called from the scan threads: implementations are thread-safe. */
public interface ScanProgress {

    /** Reports nothing. */
    ScanProgress NONE = new ScanProgress() {
        @Override
        public void stage(String name, int files) {
        }

        @Override
        public void fileRead(long bytes) {
        }
    };

    /** A new stage begins ({@code walking}, {@code reading}, {@code evaluating}, …); {@code files} to read, when known. */
    void stage(String name, int files);

    /** One more file was read and analysed. */
    void fileRead(long bytes);
}
