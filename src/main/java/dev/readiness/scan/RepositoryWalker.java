package dev.readiness.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the files of a repository worth reading. Never follows a link, never opens a file (so a FIFO cannot
 * block it), honours {@code .gitignore}, {@code .readinessignore} and {@code .git/info/exclude}, and walks with
 * an explicit stack holding one open folder at a time, so any nesting depth works.
 */
public final class RepositoryWalker {

    /** Folders that are tooling output or third-party code in every ecosystem; never entered, never counted. */
    private static final Set<String> EXCLUDED_FOLDERS = Set.of(
            ".git", ".hg", ".svn", "node_modules", "bower_components", ".venv", "venv", "__pycache__", ".tox",
            ".mypy_cache", ".pytest_cache", ".ruff_cache", "site-packages", "target", "build", "dist", "vendor",
            ".gradle", ".idea", ".vscode", ".next", ".nuxt", ".svelte-kit", ".terraform", "coverage", ".cache");

    private static final Set<String> BINARY_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "ico", "bmp", "tiff", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z",
            "rar", "jar", "war", "ear", "class", "so", "dylib", "dll", "exe", "bin", "o", "a", "woff", "woff2", "ttf",
            "otf", "eot", "mp3", "mp4", "wav", "ogg", "flac", "mov", "avi", "mkv", "webm", "psd", "sqlite", "db",
            "pyc", "pyo");

    /** Read in this order in every folder, so that {@code .readinessignore} overrides {@code .gitignore}. */
    private static final List<String> IGNORE_FILES = List.of(".gitignore", ".readinessignore");

    /** Longer chains of links than this are reported as loops, as the kernel does. */
    private static final int MAX_LINK_HOPS = 40;

    /** What the JVM puts in a file name for bytes that are not valid in the platform encoding. */
    private static final char UNDECODABLE = '\uFFFD';

    private enum LinkTarget { INSIDE, OUTSIDE, BROKEN, LOOP }

    private record PendingFolder(Path absolute, String relative, GitignoreRules rules) {
    }

    private final ScanOptions options;
    private final GitignoreRules overrides;
    private final FileClassifier classifier = new FileClassifier();

    public RepositoryWalker(ScanOptions options) {
        this.options = options;
        this.overrides = GitignoreRules.none().with("", String.join("\n", options.extraIgnoreGlobs()));
    }

    /**
     * Walks the tree under {@code root}.
     *
     * @throws IOException when {@code root} is not a folder or cannot be listed; anything below only warns
     */
    public WalkResult walk(Path root) throws IOException {
        Path start = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw new NotDirectoryException(start.toString());
        }
        return new Walk(start, start.toRealPath()).run();
    }

    /** The state of one call to {@link #walk}. */
    private final class Walk {
        private final Path root;
        private final Path realRoot;
        private final Deque<PendingFolder> pending = new ArrayDeque<>();
        private final List<FileEntry> files = new ArrayList<>();
        private final List<ScanWarning> warnings = new ArrayList<>();
        private int skipped;
        private int ignored;

        Walk(Path root, Path realRoot) {
            this.root = root;
            this.realRoot = realRoot;
        }

        WalkResult run() throws IOException {
            listFolder(new PendingFolder(root, "", rootRules()));
            while (!pending.isEmpty()) {
                PendingFolder folder = pending.pop();
                try {
                    listFolder(folder);
                } catch (IOException e) {
                    warn(folder.relative(), "cannot list folder: " + ScanMessages.describe(e));
                }
            }
            files.sort(Comparator.comparing(FileEntry::path));
            warnings.sort(Comparator.naturalOrder());
            return new WalkResult(files, skipped, ignored, warnings);
        }

        private GitignoreRules rootRules() {
            Path exclude = root.resolve(".git").resolve("info").resolve("exclude");
            return withIgnoreFile(GitignoreRules.none(), exclude, "", ".git/info/exclude");
        }

        private void listFolder(PendingFolder folder) throws IOException {
            List<Path> children = new ArrayList<>();
            Set<String> names = new HashSet<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder.absolute())) {
                for (Path child : stream) {
                    children.add(child);
                    names.add(child.getFileName().toString());
                }
            } catch (DirectoryIteratorException e) {
                throw e.getCause();
            }
            GitignoreRules rules = folder.rules();
            for (String ignoreFile : IGNORE_FILES) {
                if (names.contains(ignoreFile)) {
                    rules = withIgnoreFile(rules, folder.absolute().resolve(ignoreFile), folder.relative(),
                            childPath(folder.relative(), ignoreFile));
                }
            }
            for (Path child : children) {
                visit(child, childPath(folder.relative(), child.getFileName().toString()), rules);
            }
        }

        private GitignoreRules withIgnoreFile(GitignoreRules rules, Path file, String base, String relative) {
            // Like git, an ignore file that is a link is not read: its target may lie outside the repository.
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return rules;
            }
            try {
                return rules.with(base, new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                warn(relative, "cannot read ignore file: " + ScanMessages.describe(e));
                return rules;
            }
        }

        private void visit(Path child, String relative, GitignoreRules rules) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                skipped++;
                warn(relative, "cannot read file attributes: " + ScanMessages.describe(e));
                return;
            }
            String name = child.getFileName().toString();
            if (name.indexOf(UNDECODABLE) >= 0) {
                // The path still opens (it keeps the raw bytes), but every report spells it differently from disk.
                warn(relative, "file name is not valid UTF-8; shown with replacement characters");
            }
            if (attributes.isDirectory()) {
                if (EXCLUDED_FOLDERS.contains(name)) {
                    return;
                }
                if (isIgnored(rules, relative, true)) {
                    ignored++;
                    return;
                }
                pending.push(new PendingFolder(child, relative, rules));
                return;
            }
            // A .git file points a worktree or submodule at its repository: git metadata, never content.
            if (name.equals(".git")) {
                return;
            }
            if (isIgnored(rules, relative, false)) {
                ignored++;
                return;
            }
            if (attributes.isSymbolicLink()) {
                skipLink(child, relative);
            } else if (!attributes.isRegularFile()) {
                skipped++;
                warn(relative, "not a regular file (FIFO, socket or device); not read");
            } else if (BINARY_EXTENSIONS.contains(extension(name))) {
                skipped++;
            } else if (attributes.size() > options.maxFileBytes()) {
                skipped++;
                warn(relative, ScanMessages.overLimit(attributes.size(), options.maxFileBytes()));
            } else {
                Language language = Language.fromFileName(name);
                files.add(new FileEntry(relative, child, attributes.size(), language,
                        classifier.roleOf(relative, language)));
            }
        }

        private boolean isIgnored(GitignoreRules rules, String relative, boolean directory) {
            GitignoreRules.Verdict forced = overrides.verdict(relative, directory);
            if (forced != GitignoreRules.Verdict.UNMATCHED) {
                return forced == GitignoreRules.Verdict.IGNORED;
            }
            return rules.isIgnored(relative, directory);
        }

        private void skipLink(Path link, String relative) {
            skipped++;
            switch (targetOf(link)) {
                // The target itself is walked under its own path.
                case INSIDE -> { }
                case OUTSIDE -> warn(relative, "link points outside the scanned root; not followed");
                case BROKEN -> warn(relative, "broken link (its target cannot be reached); not followed");
                case LOOP -> warn(relative, "link loop; not followed");
            }
        }

        private LinkTarget targetOf(Path link) {
            Set<Path> seen = new HashSet<>();
            Path current = link;
            for (int hop = 0; hop < MAX_LINK_HOPS; hop++) {
                if (!seen.add(current.normalize())) {
                    return LinkTarget.LOOP;
                }
                try {
                    current = current.resolveSibling(Files.readSymbolicLink(current));
                } catch (IOException e) {
                    return LinkTarget.BROKEN;
                }
                if (!Files.isSymbolicLink(current)) {
                    return placeOf(current);
                }
            }
            return LinkTarget.LOOP;
        }

        private LinkTarget placeOf(Path target) {
            try {
                return target.toRealPath().startsWith(realRoot) ? LinkTarget.INSIDE : LinkTarget.OUTSIDE;
            } catch (IOException e) {
                return LinkTarget.BROKEN;
            }
        }

        private void warn(String relative, String message) {
            warnings.add(new ScanWarning(relative, message));
        }
    }

    private static String childPath(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
