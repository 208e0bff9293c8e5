package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.HollowWebAndSql;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Components are discovered, not declared, and types the pack cannot judge are never a silent pass:
 * a hand-written program ({@link HollowWebAndSql}) with an untagged web app and an Azure SQL database
 * is not ready on the per-component items (naming the app) and on backups and encryption at rest
 * (naming the database and what it lacks: a short-term retention policy, TDE evidence); its twin,
 * whose app refers to its tagged plan and whose database has both, has none of those findings.
 */
class HollowProgramIT {
    private static final String UNOWNED = "azure-native:web:WebApp 'shop-web' belongs to no component";

    @TempDir
    static Path dir;
    private static ReviewRun hollow;
    private static ReviewRun twin;

    @BeforeAll
    static void review() throws IOException {
        hollow = run("hollow", "config:\n  azure-native:location: westeurope\n");
        twin = run("twin", "config:\n  azure-native:location: westeurope\n  shop:linked: \"true\"\n");
    }

    private static ReviewRun run(String name, String stackYaml) throws IOException {
        return ReviewRun.reviewShop(dir.resolve(name), HollowWebAndSql.class, "qa", stackYaml);
    }

    @Test
    void anUntaggedWebAppFailsEveryPerComponentItemNamingIt() {
        assertThat(hollow.exitCode()).as(hollow.toString()).isEqualTo(1);
        for (String item : List.of("slo.objectives", "monitoring.golden-signals", "monitoring.anomaly-alerts", "pagerduty.technical-services",
                "capacity.plan", "capacity.headroom", "capacity.autoscaling", "tech.documentation")) {
            assertThat(hollow.statuses()).containsEntry(item, "fail");
            assertThat(findings(hollow, item, "missing-component-assignment")).as(item).singleElement()
                    .satisfies(f -> assertThat(f.get("message").asText()).startsWith(UNOWNED).contains("tag it component=<name>"));
        }
    }

    @Test
    void anAzureSqlDatabaseFailsBackupsAndEncryptionNamingItAndWhatItLacks() {
        assertThat(hollow.statuses()).containsEntry("security.backups", "fail").containsEntry("security.encryption-at-rest", "fail")
                .containsEntry("security.tls-in-transit", "fail");
        assertThat(findings(hollow, "security.backups", "missing-backups")).extracting(f -> f.get("message").asText())
                .anySatisfy(m -> assertThat(m).startsWith("SQL database 'shop-orders-db' has no azure-native:sql:BackupShortTermRetentionPolicy whose databaseName refers to it; "
                        + "the platform's documented default (7 days) would apply"));
        assertThat(findings(hollow, "security.encryption-at-rest", "enable-infrastructure-encryption")).extracting(f -> f.get("message").asText())
                .contains("SQL database 'shop-orders-db' has no azure-native:sql:TransparentDataEncryption whose databaseName refers to it; "
                        + "the platform's documented default (Enabled for new databases) is not relied upon, state Enabled is required");
        // The pack judges both SQL types now: nothing of them is left unassessed.
        assertThat(findings(hollow, "security.backups", "missing-backup-assessment")).isEmpty();
        assertThat(findings(hollow, "security.encryption-at-rest", "missing-encryption-assessment")).isEmpty();
    }

    @Test
    void theTwinWhoseAppRefersToItsTaggedPlanHasNoneOfThoseFindings() {
        assertThat(twin.exitCode()).as(twin.toString()).isEqualTo(1);
        for (JsonNode item : twin.json().get("items")) {
            for (JsonNode f : item.get("findings")) {
                assertThat(f.get("policy").asText()).as(f.toString())
                        .isNotIn("missing-component-assignment", "missing-backup-assessment", "missing-encryption-assessment", "missing-tls-assessment");
            }
        }
        assertThat(twin.json().get("notAssessed")).isEmpty();
    }

    @Test
    void theTwinsDatabaseWithItsOwnRetentionPolicyAndTdeIsJudgedBackedUpAndEncrypted() {
        for (String item : List.of("security.backups", "security.encryption-at-rest")) {
            for (JsonNode f : twin.item(item).get("findings")) {
                assertThat(f.get("message").asText()).as(f.toString()).doesNotContain("shop-orders-db");
            }
        }
    }

    private static List<JsonNode> findings(ReviewRun run, String item, String policy) {
        List<JsonNode> found = new ArrayList<>();
        run.item(item).get("findings").forEach(f -> {
            if (f.get("policy").asText().equals(policy)) {
                found.add(f);
            }
        });
        return found;
    }
}
