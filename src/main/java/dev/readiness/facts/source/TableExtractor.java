package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.util.Set;

/**
 * Tables defined by SQL scripts, migrations (SQL or Alembic), Prisma schemas and Python ORM models, and tables
 * that the product's source queries. Tests, docs and examples neither define nor use the product's tables. Java
 * is read by {@link JavaSourceExtractor}: its entities need JavaParser, and its SQL strings a JPQL check.
 */
public final class TableExtractor implements CodeExtractor {
    private static final Set<FileRole> NOT_PRODUCT = Set.of(FileRole.TEST, FileRole.DOC, FileRole.EXAMPLE);

    @Override
    public boolean accepts(FileEntry entry) {
        if (NOT_PRODUCT.contains(entry.role())) {
            return false;
        }
        Language language = entry.language();
        boolean code = entry.role() == FileRole.SOURCE || entry.role() == FileRole.MIGRATION;
        return language == Language.SQL || language == Language.PRISMA
                || (code && language != Language.JAVA && Syntax.of(language).isPresent());
    }

    @Override
    public void extract(SourceFile file, MaskedCode code, FileFacts facts) {
        Language language = file.entry().language();
        if (language == Language.SQL) {
            SqlTables.readDefinitions(file.text(), 1, facts);
        } else if (language == Language.PRISMA) {
            PrismaTables.read(file.text(), facts);
        } else {
            MaskedSource source = code.get();
            if (language == Language.PYTHON) {
                PythonTables.read(source, file.path(), facts);
            }
            // a migration's data fixes (op.execute("UPDATE …")) run once; they are no query of the running code
            if (file.entry().role() == FileRole.SOURCE) {
                QueryStrings.read(source, facts);
            }
        }
    }
}
