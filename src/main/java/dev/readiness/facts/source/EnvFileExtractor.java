package dev.readiness.facts.source;

import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.Language;

/**
 * The variables {@code .env*} files assign. A half-written file still yields every assignment that can be read;
 * the lines that cannot are warned about, the first few by number.
 *
 * @see EnvFileNames#isTemplate(String) for the files that document variables rather than set them
 */
public final class EnvFileExtractor implements FactExtractor {
    private static final int WARNINGS_PER_FILE = 5;

    /** True: a committed .env file exposes its values however it is written. */
    @Override
    public boolean readsMinified() {
        return true;
    }

    @Override
    public boolean accepts(FileEntry entry) {
        return entry.language() == Language.DOTENV;
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        int malformed = 0;
        for (DotenvLine line : DotenvParser.parse(file.text())) {
            if (line instanceof DotenvLine.Assignment assignment) {
                facts.addEnvDeclaration(assignment.name(), assignment.value(), assignment.line());
            } else if (line instanceof DotenvLine.Malformed bad && ++malformed <= WARNINGS_PER_FILE) {
                facts.warn("line " + bad.line() + " " + bad.problem());
            }
        }
        if (malformed > WARNINGS_PER_FILE) {
            facts.warn((malformed - WARNINGS_PER_FILE) + " more lines could not be read as KEY=value assignments");
        }
    }
}
