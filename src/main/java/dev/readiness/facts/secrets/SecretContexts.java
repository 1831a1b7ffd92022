package dev.readiness.facts.secrets;

import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.PathGlob;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a found secret counts as live.
 *
 * @param applicationRoles roles of files that ship with or configure the running system
 * @param examplePaths     fixtures, samples and examples, which are not live whatever their role
 */
public record SecretContexts(Set<FileRole> applicationRoles, List<PathGlob> examplePaths) {

    public SecretContexts {
        applicationRoles = Set.copyOf(applicationRoles);
        examplePaths = List.copyOf(examplePaths);
    }

    boolean isExample(String path) {
        return PathGlob.anyMatches(examplePaths, path);
    }

    /** Empty when a secret of this detector in this file is not worth reporting at all. */
    Optional<Exposure> exposure(FileEntry entry, SecretDetector detector) {
        boolean application = applicationRoles.contains(entry.role()) && !isExample(entry.path());
        if (application) {
            return Optional.of(detector.testMode() ? Exposure.TEST_MODE_KEY : Exposure.LIVE);
        }
        return detector.testMode() ? Optional.empty() : Optional.of(Exposure.EXAMPLE);
    }
}
