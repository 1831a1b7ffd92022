package dev.readiness.facts.source;

import dev.readiness.facts.FileFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables in Python ORM code. SQLAlchemy declarative models ({@code __tablename__}, with the schema from
 * {@code __table_args__ = {"schema": …}}) and Django models (a {@code Meta.db_table}, or Django's own
 * {@code app_model} name) map tables; an Alembic {@code op.create_table("name", …, schema=…)} creates one; a
 * Core {@code Table("name", metadata, schema=…)} refers to one.
 */
final class PythonTables {
    private static final Pattern CLASS_HEADER =
            Pattern.compile("(?m)^([ \\t]*)class[ \\t]+([A-Za-z_]\\w*)[ \\t]*(?:\\(([^)]*)\\))?[ \\t]*:");
    private static final Pattern TABLENAME = Pattern.compile("^__tablename__\\s*=\\s*(?=[\"'])");
    private static final Pattern TABLE_ARGS = Pattern.compile("^__table_args__\\s*=");
    private static final Pattern META = Pattern.compile("^class\\s+Meta\\b");
    private static final Pattern DB_TABLE = Pattern.compile("^db_table\\s*=\\s*(?=[\"'])");
    private static final Pattern ABSTRACT = Pattern.compile("^abstract\\s*=\\s*True\\b");
    private static final Pattern DJANGO_BASE = Pattern.compile("\\bmodels\\.Model\\b");
    private static final Pattern TABLE_CALL = Pattern.compile("\\b(Table|op\\.create_table)\\s*\\(\\s*(?=[\"'])");
    private static final Pattern SCHEMA_KEYWORD = Pattern.compile("\\bschema\\s*=\\s*(?=[\"'])");

    private PythonTables() {
    }

    static void read(MaskedSource source, String path, FileFacts facts) {
        String code = source.code();
        Matcher header = CLASS_HEADER.matcher(code);
        while (header.find()) {
            PythonBlock body = PythonBlock.after(source, header.end(), header.group(1).length());
            ModelClass model = readClass(source, body);
            int line = source.lineAt(header.start(2));
            if (model.tableName().isPresent()) {
                facts.addTableModel(model.schema().orElse(""), model.tableName().get(), line);
            } else if (header.group(3) != null && DJANGO_BASE.matcher(header.group(3)).find() && !model.isAbstract()) {
                String table = model.djangoTable()
                        .orElse(djangoAppLabel(path) + "_" + header.group(2).toLowerCase(Locale.ROOT));
                facts.addTableModel("", table, line);
            }
        }
        Matcher table = TABLE_CALL.matcher(code);
        while (table.find()) {
            Optional<String> name = source.constantAt(table.end());
            if (name.isPresent()) {
                int end = closingParen(code, table.end());
                Matcher schema = SCHEMA_KEYWORD.matcher(code).region(table.end(), end);
                String schemaName = schema.find() ? source.constantAt(schema.end()).orElse("") : "";
                if (table.group(1).equals("Table")) {
                    facts.addTableReference(schemaName, name.get(), source.lineAt(table.start()));
                } else {
                    facts.addTableDefinition(schemaName, name.get(), source.lineAt(table.start()));
                }
            }
        }
    }

    private static ModelClass readClass(MaskedSource source, PythonBlock body) {
        String code = source.code();
        Optional<String> tableName = Optional.empty();
        Optional<String> schema = Optional.empty();
        Optional<String> djangoTable = Optional.empty();
        boolean isAbstract = false;
        List<Integer> statements = body.statements();
        for (int i = 0; i < statements.size(); i++) {
            int start = statements.get(i);
            int end = body.statementEnd(i);
            String statement = code.substring(start, end);
            Matcher tablename = TABLENAME.matcher(statement);
            Matcher meta = META.matcher(statement);
            if (tablename.find()) {
                tableName = source.constantAt(start + tablename.end());
            } else if (TABLE_ARGS.matcher(statement).find()) {
                schema = schemaEntry(source, start, end);
            } else if (meta.find()) {
                int headerEnd = code.indexOf(':', start + meta.end());
                if (headerEnd < 0 || headerEnd >= end) {
                    continue;
                }
                PythonBlock metaBody = PythonBlock.after(source, headerEnd, start - source.lines().lineStart(
                        source.lineAt(start)));
                for (int j = 0; j < metaBody.statements().size(); j++) {
                    int metaStart = metaBody.statements().get(j);
                    String metaStatement = code.substring(metaStart, metaBody.statementEnd(j));
                    Matcher dbTable = DB_TABLE.matcher(metaStatement);
                    if (dbTable.find()) {
                        djangoTable = source.constantAt(metaStart + dbTable.end());
                    }
                    isAbstract |= ABSTRACT.matcher(metaStatement).find();
                }
            }
        }
        return new ModelClass(tableName, schema, djangoTable, isAbstract);
    }

    /** The value that follows a {@code "schema":} key in a dict literal between the offsets. */
    private static Optional<String> schemaEntry(MaskedSource source, int from, int to) {
        boolean keyFound = false;
        for (StringLiteral literal : source.literalsWithin(from, to)) {
            if (keyFound) {
                return literal.constant() ? Optional.of(literal.value()) : Optional.empty();
            }
            keyFound = literal.value().equals("schema") && nextCodeChar(source.code(), literal.end()) == ':';
        }
        return Optional.empty();
    }

    private static char nextCodeChar(String code, int from) {
        for (int i = from; i < code.length(); i++) {
            if (!Character.isWhitespace(code.charAt(i))) {
                return code.charAt(i);
            }
        }
        return 0;
    }

    /** Offset of the parenthesis closing the call whose arguments start at {@code from}, or the text's end. */
    private static int closingParen(String code, int from) {
        int depth = 1;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return code.length();
    }

    /** Django names a model's table after its app: the folder holding {@code models.py} or the models package. */
    private static String djangoAppLabel(String path) {
        String[] parts = path.split("/");
        int folder = parts.length - 2;
        if (folder > 0 && parts[folder].equals("models")) {
            folder--;
        }
        return folder >= 0 ? parts[folder].toLowerCase(Locale.ROOT) : "";
    }

    private record ModelClass(Optional<String> tableName, Optional<String> schema, Optional<String> djangoTable,
                              boolean isAbstract) {
    }
}
