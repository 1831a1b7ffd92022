package dev.readiness.facts.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.Name;
import dev.readiness.facts.FactExtractor;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;

import java.util.List;
import java.util.Optional;

/**
 * Imports, environment reads and tables of Java files, from JavaParser's syntax tree. A file JavaParser rejects is
 * reported as a warning and yields nothing.
 */
public final class JavaSourceExtractor implements FactExtractor {
    private static final String PARSE_FAILURE = "Java source could not be parsed";

    @Override
    public boolean accepts(FileEntry entry) {
        return entry.language() == Language.JAVA;
    }

    @Override
    public void extract(SourceFile file, FileFacts facts) {
        // a JavaParser keeps per-parse state, so each call gets its own
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setAttributeComments(false);
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(configuration).parse(file.text());
        } catch (StackOverflowError tooDeep) {
            // generated code can nest expressions deeper than JavaParser's recursive descent can follow
            facts.warn(PARSE_FAILURE + ": expressions are nested too deeply");
            return;
        }
        Optional<CompilationUnit> unit = result.getResult().filter(parsed -> result.isSuccessful());
        if (unit.isEmpty()) {
            facts.warn(describe(result.getProblems()));
            return;
        }
        unit.get().getImports().forEach(declaration -> facts.addImport(module(declaration),
                JavaEnvReads.lineOf(declaration)));
        JavaEnvReads.read(unit.get(), facts);
        if (file.entry().role() != FileRole.TEST) {
            JavaTables.readModels(unit.get(), facts);
        }
        if (file.entry().role() == FileRole.SOURCE) {
            JavaTables.readReferences(unit.get(), facts);
        }
    }

    /** {@code a.b.C} for {@code import a.b.C;}, {@code a.b} for {@code a.b.*}, the type for static imports. */
    private static String module(ImportDeclaration declaration) {
        Name name = declaration.getName();
        if (declaration.isStatic() && !declaration.isAsterisk()) {
            return name.getQualifier().map(Name::asString).orElse(name.asString());
        }
        return name.asString();
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            return PARSE_FAILURE;
        }
        Problem first = problems.get(0);
        String message = first.getMessage().lines().findFirst().orElse("").strip();
        String location = first.getLocation().flatMap(range -> range.getBegin().getRange())
                .map(range -> " (line " + range.begin.line + ", column " + range.begin.column + ")").orElse("");
        return PARSE_FAILURE + ": " + message + location;
    }
}
