package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.MutedShop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The existing-program example with its readiness lines, ready for QA in {@link ExistingProgramIT},
 * plus a recurring downtime of every monitor in every scope ({@link MutedShop}): every monitor the
 * pack asks for is still there, but none pages, so the program is not ready and each monitoring
 * and burn-rate finding names the downtime (policy/lib/downtimes.ts).
 */
class MutedMonitorsIT {
    private static final String MUTED = "it is muted by downtime 'shop-weekend-mute' (datadog:index/downtimeSchedule:DowntimeSchedule, "
            + "scope '*'), which matches it and mutes it for good: it recurs (recurringSchedule 'FREQ=WEEKLY;BYDAY=SA'), "
            + "so Datadog sends none of its notifications";

    @TempDir
    static Path dir;
    private static ReviewRun run;

    @BeforeAll
    static void review() throws IOException {
        run = ReviewRun.reviewShopWithPlaybooks(dir, "muted", MutedShop.class, "qa",
                "config:\n  azure-native:location: westeurope\n", E2eProjects.repo().resolve("policy/config/qa.json"));
    }

    @Test
    void aRecurringDowntimeOfEveryMonitorMakesTheProgramNotReady() {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.json().get("verdict").asText()).isEqualTo("not-ready");
        assertThat(run.blockingItems()).as(run.findings().toString())
                .contains("monitoring.golden-signals", "monitoring.anomaly-alerts", "slo.objectives");
    }

    @Test
    void everyMonitorFindingNamesTheDowntime() {
        for (String item : List.of("monitoring.golden-signals", "monitoring.anomaly-alerts", "slo.objectives")) {
            assertThat(run.statuses()).as(item).containsEntry(item, "fail");
            assertThat(run.messages(item)).as(item).isNotEmpty().allSatisfy(m -> assertThat(m).endsWith(MUTED));
        }
    }
}
