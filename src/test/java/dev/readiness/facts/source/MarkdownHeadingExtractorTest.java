package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.readiness.facts.FileFacts;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownHeadingExtractorTest {
    private final MarkdownHeadingExtractor extractor = new MarkdownHeadingExtractor(text -> true);

    @Test
    void aTextThePrefilterRejectsIsNotParsed() {
        List<String> offered = new java.util.ArrayList<>();
        MarkdownHeadingExtractor picky = new MarkdownHeadingExtractor(text -> {
            offered.add(text);
            return false;
        });
        FileFacts facts = Extraction.run(picky, "CHANGELOG.md", "# Changelog\n\n## 1.0.0\n");
        assertEquals(List.of("# Changelog\n\n## 1.0.0\n"), offered);
        assertEquals(List.of(), facts.headings());
    }

    @Test
    void atxAndSetextHeadingsButNotCodeBlocksOrHashtags() {
        String markdown = """
                # Service

                Deployment
                ==========

                Operations notes
                ----------------

                ```bash
                # Deploy to production
                ./deploy.sh
                ```

                    # Rollback (indented code)

                #hashtag is a paragraph
                ### Rollback ###
                """;
        FileFacts facts = Extraction.run(extractor, "README.md", markdown);
        assertEquals(List.of("1 Service:1", "1 Deployment:3", "2 Operations notes:6", "3 Rollback:17"),
                facts.headings().stream().map(h -> h.level() + " " + h.text() + ":" + h.line()).toList());
    }

    @Test
    void testFixturesAndExamplesAreNotTheProjectsDocuments() {
        for (FileRole role : List.of(FileRole.TEST, FileRole.EXAMPLE)) {
            FileEntry readme = new FileEntry("x/README.md", Path.of("x/README.md"), 10, Language.MARKDOWN, role);
            assertFalse(extractor.accepts(readme));
        }
    }
}
