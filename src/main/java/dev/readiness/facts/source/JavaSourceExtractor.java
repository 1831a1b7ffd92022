package dev.readiness.facts.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import dev.readiness.facts.FileFacts;
import dev.readiness.facts.SourceFile;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;

import java.util.List;
import java.util.Optional;

/**
 * Facts of Java files. Imports, environment reads and SQL strings are read from the masked source, as in the other
 * languages. JPA entities come from JavaParser's syntax tree, since a table's name and schema belong to the class
 * the annotations stand on; parsing (and the JIT compiling JavaParser's generated parser, seconds of CPU on a large
 * tree) is most of the cost of a Java file, so only a file whose code names {@code @Entity} is parsed. A parsed
 * file JavaParser rejects is reported as a warning and yields no entities; its other facts are kept.
 */
public final class JavaSourceExtractor implements CodeExtractor {
    private static final String PARSE_FAILURE = "Java source could not be parsed";
    private static final JavaImports IMPORTS = new JavaImports();

    @Override
    public boolean accepts(FileEntry entry) {
        return entry.language() == Language.JAVA;
    }

    @Override
    public void extract(SourceFile file, MaskedCode code, FileFacts facts) {
        // most Java files name none of what the readers after the imports look for, and then only the head
        // before their last import is masked: lexing the whole of every file was a quarter of reading a Java tree
        String text = file.text();
        FileRole role = file.entry().role();
        boolean envReads = JavaEnvReads.mayRead(text);
        boolean queries = role == FileRole.SOURCE && JavaQueries.mayRead(text);
        boolean entities = role != FileRole.TEST && JavaTables.mayName(text);
        if (!envReads && !queries && !entities) {
            IMPORTS.read(code.head(JavaImports.headerEnd(text)), facts);
            return;
        }
        MaskedSource source = code.get();
        IMPORTS.read(source, facts);
        if (envReads) {
            JavaEnvReads.read(source, facts);
        }
        if (queries) {
            JavaQueries.read(source, facts);
        }
        if (!entities || !JavaTables.mayDefineModel(source.code())) {
            return;
        }
        // a JavaParser keeps per-parse state, so each call gets its own
        ParserConfiguration configuration = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.BLEEDING_EDGE)
                .setAttributeComments(false);
        ParseResult<CompilationUnit> result;
        try {
            result = new JavaParser(configuration).parse(file.text());
        } catch (StackOverflowError tooDeep) {
            // generated code can nest expressions deeper than JavaParser's recursive descent can follow
            facts.warn(PARSE_FAILURE + ": expressions are nested too deeply");
            return;
        }
        // only a syntax error (a problem with a ParseException behind it) spoils the tree; the validators' other
        // problems judge what one compiler version accepts ('_' as a name, var in a record pattern), not the facts
        List<Problem> syntaxErrors = result.getProblems().stream().filter(problem -> problem.getCause().isPresent())
                .toList();
        Optional<CompilationUnit> unit = result.getResult().filter(parsed -> syntaxErrors.isEmpty());
        if (unit.isEmpty()) {
            facts.warn(describe(syntaxErrors));
            return;
        }
        JavaTables.readModels(unit.get(), facts);
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
