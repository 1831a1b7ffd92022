package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** GitHub's workflow-command escaping: messages escape %, CR and LF; properties also : and ,. */
class GitHubAnnotationsTest {

    @Test
    void messagesKeepColonsAndCommas() {
        assertEquals("100%25 done, really: yes%0D%0Anext", GitHubAnnotations.data("100% done, really: yes\r\nnext"));
    }

    @Test
    void propertiesEscapeTheirSeparators() {
        assertEquals("src/a%2Cb%3Ac%25d%0Ae.py", GitHubAnnotations.property("src/a,b:c%d\ne.py"));
    }
}
