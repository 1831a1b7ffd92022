package dev.readiness.facts.secrets;

import dev.readiness.scan.FileClassifier;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Scans what every commit reachable from any ref added or changed, with the same detectors as the tree,
 * and keeps the live-looking secrets that are no longer in the tree. Reads objects through JGit; runs no
 * git binary.
 */
final class HistoryScanner {
    private static final int SHORT_ID = 12;
    private final SecretScanner scanner;
    private final long maxFileBytes;
    private final FileClassifier classifier = new FileClassifier();

    HistoryScanner(SecretScanner scanner, long maxFileBytes) {
        this.scanner = scanner;
        this.maxFileBytes = maxFileBytes;
    }

    /**
     * @param inTree fingerprints of the secrets found in the current tree, which are reported there
     * @throws IOException when {@code root/.git} is missing or cannot be read
     */
    List<HistoricSecret> scan(Path root, Set<String> inTree) throws IOException {
        if (!Files.exists(root.resolve(".git"))) {
            throw new IOException("no .git in " + root + ": history needs the repository's own git folder");
        }
        Map<String, HistoricSecret> oldest = new LinkedHashMap<>();
        Map<String, Set<String>> onDisk = new HashMap<>();
        try (Repository repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
             RevWalk walk = new RevWalk(repository);
             DiffFormatter diffs = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diffs.setRepository(repository);
            for (Ref ref : repository.getRefDatabase().getRefs()) {
                ObjectId target = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
                if (target != null && repository.getObjectDatabase().has(target)) {
                    markIfCommit(walk, target);
                }
            }
            // Newest first, so the last commit to add a secret is the oldest one, which is kept.
            for (RevCommit commit : walk) {
                RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
                for (DiffEntry change : diffs.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
                    if (change.getChangeType() == DiffEntry.ChangeType.DELETE) {
                        continue;
                    }
                    for (SecretFinding finding : scanBlob(root, repository, change)) {
                        if (finding.exposure() == Exposure.LIVE && !inTree.contains(finding.fingerprint())
                                && !stillOnDisk(root, finding, onDisk)) {
                            oldest.put(finding.fingerprint(),
                                    new HistoricSecret(finding, commit.getId().abbreviate(SHORT_ID).name()));
                        }
                    }
                }
            }
        }
        return new ArrayList<>(oldest.values());
    }

    /**
     * Whether the file still holds the secret, though the tree scan did not report it (the file is ignored):
     * such a secret is not gone, so it is not reported as history either.
     */
    private boolean stillOnDisk(Path root, SecretFinding finding, Map<String, Set<String>> onDisk) throws IOException {
        Set<String> fingerprints = onDisk.get(finding.path());
        if (fingerprints == null) {
            fingerprints = new HashSet<>();
            Path file = root.resolve(finding.path()).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) <= maxFileBytes) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (SecretFinding current : scanner.scan(entry(root, finding.path(), text.length()), text)) {
                    fingerprints.add(current.fingerprint());
                }
            }
            onDisk.put(finding.path(), fingerprints);
        }
        return fingerprints.contains(finding.fingerprint());
    }

    private FileEntry entry(Path root, String path, long size) {
        Language language = Language.fromFileName(FileEntry.fileNameOf(path));
        return new FileEntry(path, root.resolve(path), size, language, classifier.roleOf(path, language));
    }

    private static void markIfCommit(RevWalk walk, ObjectId target) throws IOException {
        try {
            walk.markStart(walk.parseCommit(target));
        } catch (IncorrectObjectTypeException e) {
            // A tag or ref pointing at a tree or blob has no commits to walk.
        }
    }

    private List<SecretFinding> scanBlob(Path root, Repository repository, DiffEntry change) throws IOException {
        ObjectLoader blob = repository.open(change.getNewId().toObjectId());
        if (blob.getSize() > maxFileBytes) {
            return List.of();
        }
        byte[] bytes = blob.getBytes();
        for (byte b : bytes) {
            if (b == 0) {
                return List.of();
            }
        }
        return scanner.scan(entry(root, change.getNewPath(), bytes.length), new String(bytes, StandardCharsets.UTF_8));
    }
}
