package dev.readiness.rules;

import dev.readiness.facts.Evidence;
import dev.readiness.facts.secrets.SecretFacts;
import dev.readiness.facts.source.EnvFileNames;
import dev.readiness.scan.FileEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Holds when a non-template {@code .env*} file with real values is committed: tracked by git, or in
 * the tree and not ignored by {@code .gitignore} (the walk skips ignored files, so any it read is not
 * ignored). A tracked file that {@code .gitignore} now ignores was never read, but is committed all the same.
 */
final class EnvFileCommittedCheck implements Check {

    @Override
    public Match evaluate(AuditFacts facts) {
        SecretFacts secrets = facts.inventory().secrets();
        List<Evidence> evidence = new ArrayList<>();
        for (Map.Entry<String, Integer> file : secrets.envFileRealValues().entrySet()) {
            String why = secrets.trackedEnvFiles().contains(file.getKey()) ? "tracked by git"
                    : "not ignored by .gitignore, so the next git add commits it";
            String count = file.getValue() == 1 ? "1 variable" : file.getValue() + " variables";
            evidence.add(new Evidence(file.getKey(), 0, count + " with a real value, " + why));
        }
        for (String tracked : secrets.trackedEnvFiles()) {
            boolean read = facts.inventory().roleOf(tracked).isPresent();
            if (!read && !EnvFileNames.isTemplate(FileEntry.fileNameOf(tracked))) {
                evidence.add(new Evidence(tracked, 0, "tracked by git although .gitignore ignores it"));
            }
        }
        return Match.found(evidence);
    }

    @Override
    public String describe() {
        return "a .env file with real values that is committed or not ignored by git";
    }
}
