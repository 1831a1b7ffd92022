package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.rules.Outcome;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --history} on a small repository the test commits itself. */
class SecretHistoryTest {
    private static final String REMOVED = "ghp_" + "Z3xC7vB1nM5qW9eR2tY6uI0oP4aS8dF1gH5j";
    private static final String KEPT = "npm_" + "Q8wE2rT6yU0iO4pA9sD3fG7hJ1kL5zX2cV6b";
    private static final String OTHER = "glpat-" + "Xk7Lm2Qp9Rz4Tw8Vn3Yb";

    @TempDir
    Path repo;

    private RevCommit commit(Git git, String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setSign(false).setAuthor("Test", "test@example.test")
                .setCommitter("Test", "test@example.test").call();
    }

    private AuditReport audit(boolean history) throws IOException {
        return new Auditor(Audits.bundledRules(), ScanOptions.defaults(), 1, Map.of(), Redaction.MASKED, history)
                .audit(repo);
    }

    private Outcome secretInHistory(boolean history) throws IOException {
        return audit(history).modules().stream().flatMap(m -> m.results().stream())
                .filter(r -> r.rule().id().equals("security.secret-in-history")).findFirst().orElseThrow().outcome();
    }

    @Test
    void aSecretRemovedFromTheTreeIsReportedWithTheCommitThatAddedIt() throws Exception {
        RevCommit added;
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            Files.writeString(repo.resolve("deploy.py"), "import os\nTOKEN = '" + REMOVED + "'\n", StandardCharsets.UTF_8);
            Files.writeString(repo.resolve("publish.sh"), "echo //registry/:_authToken=" + KEPT + "\n", StandardCharsets.UTF_8);
            // Still on disk but not scanned: not gone, so not history either.
            Files.createDirectories(repo.resolve("local"));
            Files.writeString(repo.resolve("local/notes.txt"), "token " + OTHER + "\n", StandardCharsets.UTF_8);
            Files.writeString(repo.resolve(".readinessignore"), "local/\n", StandardCharsets.UTF_8);
            // In a test, a removed secret is not worth a history finding.
            Files.createDirectories(repo.resolve("tests"));
            Files.writeString(repo.resolve("tests/test_deploy.py"), "TOKEN = '" + OTHER + "'\n", StandardCharsets.UTF_8);
            added = commit(git, "deploy script");
            Files.writeString(repo.resolve("deploy.py"), "import os\nTOKEN = os.environ['TOKEN']\n", StandardCharsets.UTF_8);
            Files.delete(repo.resolve("tests/test_deploy.py"));
            commit(git, "read the token from the environment");
        }
        Outcome outcome = secretInHistory(true);
        assertTrue(outcome instanceof Outcome.Failed, outcome.toString());
        assertEquals(List.of(new Evidence("deploy.py", 2, "github-token ghp_…(40) added in commit "
                + added.getId().abbreviate(12).name() + ", no longer in the tree: revoke the token in GitHub settings")),
                ((Outcome.Failed) outcome).evidence());
        assertTrue(secretInHistory(false) instanceof Outcome.NotApplicable);
    }

    @Test
    void withoutAGitFolderTheHistoryRuleIsNotApplicableAndTheReportSaysWhy() throws IOException {
        Files.writeString(repo.resolve("app.py"), "print('hi')\n", StandardCharsets.UTF_8);
        AuditReport report = audit(true);
        assertTrue(secretInHistory(true) instanceof Outcome.NotApplicable);
        assertEquals(List.of(".git: cannot read the git history (no .git in " + repo.toRealPath()
                + ": history needs the repository's own git folder); secrets removed from the tree were not looked for"),
                report.inventory().warnings().stream().map(Object::toString).toList());
    }
}
