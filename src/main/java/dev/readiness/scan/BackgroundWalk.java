package dev.readiness.scan;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A walk of the tree running on its own thread. The walk needs none of the rules, so it can list the tree while
 * they are loaded and their patterns compiled: on a large tree that is most of a second of wall time.
 */
public final class BackgroundWalk {
    private final Path root;
    private final ScanOptions options;
    private final FutureTask<WalkResult> task;
    private final long startedNanos = System.nanoTime();

    private BackgroundWalk(Path root, ScanOptions options) {
        this.root = root;
        this.options = options;
        this.task = new FutureTask<>(() -> new RepositoryWalker(options).walk(root));
    }

    /** Starts walking the folder, resolved to its real path first as every file path is made relative to it. */
    public static BackgroundWalk start(Path folder, ScanOptions options) throws IOException {
        BackgroundWalk walk = new BackgroundWalk(folder.toRealPath(), options);
        Thread walker = new Thread(walk.task, "readiness-walk");
        // an audit that stops early (a bad rule file, a bad configuration) must not wait for the walk to end
        walker.setDaemon(true);
        walker.start();
        return walk;
    }

    /** The real path of the folder walked. */
    public Path root() {
        return root;
    }

    public ScanOptions options() {
        return options;
    }

    /** When the walk started, on {@link System#nanoTime()}'s clock: where an audit's duration begins. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Waits for the walk to end; a failure of the walk is thrown here, on the thread that asks. */
    public WalkResult result() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("walk interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("walking the tree failed unexpectedly", e.getCause());
        }
    }
}
