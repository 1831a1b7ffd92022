package dev.readiness.cli;

import dev.readiness.facts.ScanProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line on a terminal's stderr, redrawn a few times a second: the stage, files read, megabytes and
 * throughput. Drawn from its own daemon thread, so the scan threads only bump counters.
 */
final class ProgressLine implements ScanProgress, AutoCloseable {
    private static final long REDRAW_MS = 200;
    private final PrintWriter err;
    private final ScheduledExecutorService ticker;
    private final AtomicLong files = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private final long started = System.nanoTime();
    private volatile String stage = "starting";
    private volatile int total;
    private int drawnWidth;

    ProgressLine(PrintWriter err) {
        this.err = err;
        this.ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "readiness-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(this::draw, REDRAW_MS, REDRAW_MS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stage(String name, int fileCount) {
        stage = name;
        if (fileCount > 0) {
            total = fileCount;
        }
    }

    @Override
    public void fileRead(long size) {
        files.incrementAndGet();
        bytes.addAndGet(size);
    }

    private synchronized void draw() {
        String text = line(stage, files.get(), total, bytes.get(), (System.nanoTime() - started) / 1e9);
        err.print("\r" + text + " ".repeat(Math.max(0, drawnWidth - text.length())));
        err.flush();
        drawnWidth = text.length();
    }

    static String line(String stage, long files, int total, long bytes, double seconds) {
        double megabytes = bytes / (1024.0 * 1024);
        String count = total > 0 ? files + "/" + total : String.valueOf(files);
        return String.format(Locale.ROOT, "readiness: %s · %s files · %.1f MB · %.1f MB/s", stage, count, megabytes,
                seconds > 0 ? megabytes / seconds : 0);
    }

    /** Stops redrawing and leaves the terminal line blank for the summary. */
    @Override
    public synchronized void close() {
        ticker.shutdownNow();
        if (drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
        }
    }
}
