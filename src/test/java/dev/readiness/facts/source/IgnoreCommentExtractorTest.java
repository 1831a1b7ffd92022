package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.facts.FileFacts;
import dev.readiness.facts.InlineSuppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreCommentExtractorTest {
    private final IgnoreCommentExtractor extractor = new IgnoreCommentExtractor();

    private List<InlineSuppression> found(String path, String text) {
        return Extraction.run(extractor, path, text).inlineSuppressions();
    }

    @Test
    void everyCommentSyntaxCarriesTheMarker() {
        assertEquals(List.of(new InlineSuppression("security.cors-wildcard", "public read-only API", "a.py", 2)),
                found("a.py", "x = 1\nallow = ['*']  # readiness:ignore security.cors-wildcard public read-only API\n"));
        assertEquals(List.of(new InlineSuppression("security.debug-enabled", "dev server only", "a.js", 1)),
                found("a.js", "// readiness:ignore security.debug-enabled dev server only\napp.debug = true;\n"));
        assertEquals(List.of(new InlineSuppression("schema.no-backups", "managed by RDS", "a.sql", 1)),
                found("a.sql", "-- readiness:ignore schema.no-backups managed by RDS\n"));
        assertEquals(List.of(new InlineSuppression("docs.no-runbook", "kept in the wiki", "A.java", 1)),
                found("A.java", "int x; /* readiness:ignore docs.no-runbook kept in the wiki */\n"));
        assertEquals(List.of(new InlineSuppression("email.no-verification", "invite only", "a.html", 3)),
                found("a.html", "<p>\n</p>\n<!-- readiness:ignore email.no-verification invite only -->\n"));
        assertEquals(List.of(new InlineSuppression("auth.no-mfa", "SSO does it", "A.java", 2)),
                found("A.java", "/**\n * readiness:ignore auth.no-mfa SSO does it\n */\n"));
    }

    @Test
    void crlfLinesAreCountedLikeLf() {
        assertEquals(List.of(new InlineSuppression("auth.no-mfa", "SSO", "a.py", 3)),
                found("a.py", "a\r\nb\r\n# readiness:ignore auth.no-mfa SSO\r\n"));
    }

    @Test
    void outsideACommentOrWithoutAReasonItSuppressesNothing() {
        FileFacts facts = Extraction.run(extractor, "a.py",
                "text = 'readiness:ignore auth.no-mfa in a string'\n# readiness:ignore auth.no-mfa\n# readiness:ignore\n");

        assertEquals(List.of(), facts.inlineSuppressions());
        assertEquals(List.of("line 2: readiness:ignore auth.no-mfa gives no reason, so it suppresses nothing",
                "line 3: readiness:ignore names no rule id, so it suppresses nothing"), facts.warnings());
    }

    @Test
    void coversItsOwnLineAndTheNext() {
        InlineSuppression comment = new InlineSuppression("auth.no-mfa", "r", "a.py", 4);

        assertEquals(List.of(false, true, true, false),
                List.of(3, 4, 5, 6).stream().map(line -> comment.covers("auth.no-mfa", "a.py", line)).toList());
        assertEquals(false, comment.covers("auth.other", "a.py", 4));
        assertEquals(false, comment.covers("auth.no-mfa", "b.py", 4));
    }
}
