package dev.readyservice.report.handover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.PrrReport;
import dev.readyservice.review.Preview;
import dev.readyservice.review.WireValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The handover pack of the fixture, diffed against a committed golden file, plus what it must and
 * must not say. Regenerate the golden file only on purpose:
 * {@code mvn test -Dgolden.update=true -Dtest=HandoverDocumentTest}.
 */
class HandoverDocumentTest {
    private static final Path GOLDEN = Path.of("src/test/resources/report/handover/handover.md");
    /** The handover pack of the fixture preview, rendered once; each test reads what it is about. */
    private static final String FIXTURE_DOCUMENT = render(HandoverFixtures.preview());

    private static String render(Preview preview) {
        return HandoverDocument.render(HandoverFixtures.report(preview));
    }

    @Test
    void matchesTheGoldenFile() throws IOException {
        String actual = normalise(FIXTURE_DOCUMENT);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(GOLDEN).as("golden file %s (create it with -Dgolden.update=true)", GOLDEN).exists();
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    }

    @Test
    void neverShowsASecretAndSaysWhatIsKnownOnlyAfterDeploy() {
        assertThat(FIXTURE_DOCUMENT).doesNotContain(HandoverFixtures.SECRET).contains("\\[secret\\]").contains("(known after deploy)")
                .doesNotContain("04da6b54");
    }

    @Test
    void theReportCarriesTheSecretMarkerButNeverTheSecretsValue() {
        Preview preview = HandoverFixtures.preview();
        assertThat(preview.toString()).contains(HandoverFixtures.SECRET);

        PrrReport report = HandoverFixtures.report(preview);

        assertThat(report.handover().monitors()).extracting(HandoverFacts.Monitor::message)
                .contains(Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG));
        assertThat(report.toString()).doesNotContain(HandoverFixtures.SECRET);
    }

    @Test
    void givesEveryAlertItsThresholdsRoutingAndPlaybook() {
        assertThat(FIXTURE_DOCUMENT).contains("| api | \\[qa\\] shop-api latency above threshold | latency | threshold | 0.4 | 0.32 | page (out of hours too) | "
                + "https://git.example.com/shop/docs/playbooks/latency.md |");
        assertThat(FIXTURE_DOCUMENT).contains("| worker | shop-worker-traffic-threshold | traffic | query alert | 10 | (known after deploy) | business hours only | \\[secret\\] |");
        assertThat(FIXTURE_DOCUMENT).contains("| product-wide | hand-made-monitor | not tagged | metric alert | not set | not set | not classified | none |");
    }

    @Test
    void computesErrorBudgetsAndCapacityShortfalls() {
        assertThat(FIXTURE_DOCUMENT).contains("| 99.9% | 30d | 43.2 min |").contains("| 99% | 7d | 100.8 min (1.7 h) |");
        assertThat(FIXTURE_DOCUMENT).contains("| api | shop-api-autoscale | 400 rps | 80 rps | 2–10 | 800 rps | 600 rps (× 1.5) | yes, 2× the peak |");
        assertThat(FIXTURE_DOCUMENT).contains("| worker | shop-worker-autoscale | 400 rps | 80 rps | 1–6 | 480 rps | 600 rps (× 1.5) | NO: short by 120 rps, 1.2× the peak |");
    }

    @Test
    void showsTheEscalationPathAndUrgencyPerService() {
        assertThat(FIXTURE_DOCUMENT).contains("### shop-escalation").contains("once, then repeated 2 times")
                .contains("| 2 | schedule PSCHED2, user PUSER3 | 30 min |")
                .contains("| shop-api | api | shop-escalation | always high | none (same urgency at all hours) |")
                .contains("| shop-worker | worker | shop-escalation | in support hours high; outside low | Mon, Tue, Wed, Thu, Fri 09:00:00–17:30:00 Europe/London |");
    }

    @Test
    void saysPlainlyWhenAProgramHasNothingForASection() {
        String bare = HandoverDocument.render(HandoverFixtures.bareReport());
        assertThat(bare).contains("# SRE handover: plain (stack dev)")
                .contains("The stack has no Azure, Datadog or PagerDuty resource")
                .contains("This stack defines no Datadog monitor")
                .contains("This stack defines no SLO.")
                .contains("This stack defines no PagerDuty escalation policy or service")
                .contains("there is nothing to back up or restore")
                .contains("This stack defines no autoscale setting")
                .contains("`tech.change-management`: missing-sign-off")
                .doesNotContain("### How to restore").doesNotContain("```mermaid");
    }

    @Test
    void restoreStepsFollowTheKindsOfDataTheStackHas() {
        assertThat(FIXTURE_DOCUMENT).contains("az storage blob restore", "az postgres flexible-server restore",
                "| shop-postgres | api | 35 days (point-in-time restore window) | Enabled | ZoneRedundant |",
                "| shop-blob-protection | on, 31 days | off | true | on, 30 days | off (not set) |",
                "| shop-backup-policy | Microsoft.Storage/storageAccounts/blobServices | Default | OperationalStore | 30 days (P30D) |",
                "| shop-backup-instance | shopqadata | shop-backup-policy |");
    }

    static String normalise(String text) {
        return text.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "<timestamp>");
    }
}
