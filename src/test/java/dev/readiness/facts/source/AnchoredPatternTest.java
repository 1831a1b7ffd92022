package dev.readiness.facts.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnchoredPatternTest {
    private static final AnchoredPattern GETENV =
            AnchoredPattern.of("(?<![\\w$.])(?:os\\.)?getenv\\s*\\(\\s*([\"'])", "os.", "getenv");

    @ParameterizedTest
    @ValueSource(strings = {
            "os.getenv('A') + getenv(\"B\")",
            "pos.getenv('A'); x.getenv('B'); mygetenv('C'); getenv('D')",
            "getenv(getenv('A'))",
            "os.os.getenv('A') os. getenv('B')",
            "",
            "nothing here"})
    void findsWhatFindFindsAtTheSameOffsets(String text) {
        assertEquals(found(GETENV.pattern().matcher(text)), anchored(text));
    }

    private static List<String> found(Matcher matcher) {
        List<String> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(matcher.start() + ":" + matcher.group() + ":" + matcher.start(1));
        }
        return all;
    }

    private static List<String> anchored(String text) {
        List<String> all = new ArrayList<>();
        GETENV.forEachMatch(text, m -> all.add(m.start() + ":" + m.group() + ":" + m.start(1)));
        return all;
    }
}
