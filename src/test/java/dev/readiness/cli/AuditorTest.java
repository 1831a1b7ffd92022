package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readiness.facts.ScanProgress;
import dev.readiness.facts.secrets.Redaction;
import dev.readiness.report.AuditReport;
import dev.readiness.scan.BackgroundWalk;
import dev.readiness.scan.ScanOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditorTest {
    private static final Path FIXTURE = Audits.FIXTURES.resolve("python-fastapi");

    private static Auditor auditor(ScanOptions options) {
        return new Auditor(Audits.bundledRules(), options, 2, Map.of(), Redaction.MASKED, false);
    }

    @Test
    void aWalkStartedBeforeTheRulesGivesTheSameReportAsOneStartedByTheAudit() throws IOException {
        BackgroundWalk early = BackgroundWalk.start(FIXTURE, ScanOptions.defaults());
        AuditReport fromEarlyWalk = auditor(ScanOptions.defaults()).audit(early, ScanProgress.NONE);
        AuditReport plain = auditor(ScanOptions.defaults()).audit(FIXTURE);

        assertEquals(plain.inventory().files(), fromEarlyWalk.inventory().files());
        assertEquals(plain.scorecard().overall(), fromEarlyWalk.scorecard().overall());
        assertEquals(FIXTURE.toRealPath().toString(), fromEarlyWalk.root());
    }

    @Test
    void aWalkWithOtherOptionsThanTheAuditsIsRefused() throws IOException {
        BackgroundWalk walk = BackgroundWalk.start(FIXTURE, new ScanOptions(1024, List.of("**/*.py")));

        assertThrows(IllegalArgumentException.class,
                () -> auditor(ScanOptions.defaults()).audit(walk, ScanProgress.NONE));
    }
}
