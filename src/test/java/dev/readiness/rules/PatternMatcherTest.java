package dev.readiness.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import dev.readiness.facts.Evidence;
import dev.readiness.scan.FileEntry;
import dev.readiness.scan.FileRole;
import dev.readiness.scan.Language;
import dev.readiness.scan.PathGlob;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PatternMatcherTest {
    private static final FileEntry APP = new FileEntry("app/main.py", Path.of("app/main.py"), 10, Language.PYTHON,
            FileRole.SOURCE);
    private static final FileEntry TEST = new FileEntry("tests/test_main.py", Path.of("t"), 10, Language.PYTHON,
            FileRole.TEST);

    @Test
    void reportsEachMatchingLineOnceWithItsText() {
        PatternSpec spec = spec("debug\\s*=\\s*True", Set.of(FileRole.SOURCE), List.of());
        String text = "import os\napp = FastAPI(debug=True)  # debug=True\n\nrun(debug = True)\n";

        Map<String, List<Evidence>> hits = new PatternMatcher(List.of(spec)).match(APP, text);

        assertEquals(Map.of("p", List.of(new Evidence("app/main.py", 2, "app = FastAPI(debug=True)  # debug=True"),
                new Evidence("app/main.py", 4, "run(debug = True)"))), hits);
    }

    @Test
    void aMatchStartingWithLineBreaksIsReportedWhereItsTextStarts() {
        PatternSpec spec = spec("\\n+class User", Set.of(FileRole.SOURCE), List.of());

        List<Evidence> hits = new PatternMatcher(List.of(spec)).match(APP, "x = 1\n\n\nclass User:\n").get("p");

        assertEquals(List.of(new Evidence("app/main.py", 4, "class User:")), hits);
    }

    @Test
    void respectsRolesAndFileGlobs() {
        PatternSpec onlySource = spec("stripe", Set.of(FileRole.SOURCE), List.of());
        PatternSpec onlyConfig = spec("stripe", Set.of(FileRole.SOURCE), List.of(PathGlob.compile("config/**")));

        assertTrue(new PatternMatcher(List.of(onlySource)).match(TEST, "import stripe").isEmpty());
        assertTrue(new PatternMatcher(List.of(onlyConfig)).match(APP, "import stripe").isEmpty());
    }

    @Test
    void pathologicalPatternOnALongLineStaysLinear() {
        PatternSpec spec = spec("(a+)+b", Set.of(FileRole.SOURCE), List.of());
        String line = "a".repeat(2_000_000);

        long started = System.nanoTime();
        Map<String, List<Evidence>> hits = new PatternMatcher(List.of(spec)).match(APP, line);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(hits.isEmpty());
        assertTrue(millis < 5_000, "RE2J must not backtrack: took " + millis + " ms");
    }

    private static PatternSpec spec(String regex, Set<FileRole> roles, List<PathGlob> files) {
        return new PatternSpec("p", Pattern.compile(regex), files, List.of(), roles, Set.of(), "about");
    }
}
