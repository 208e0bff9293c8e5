package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.e2e.fixtures.ExistingShop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The existing-program example ({@link ExistingShop}) under {@code ./prr review --stack qa} with the
 * repository's QA policy config, unchanged (no waiver): the team's App Service + SQL program without
 * readiness is not ready, its web app and plan belonging to no component and its database without
 * backup retention or encryption evidence; with the readiness lines ({@code ReadyService} over its own
 * resources, which adds the database's retention and TDE setting) it is ready for QA. In prod the
 * pack names what only the database's and server's owner can set.
 */
class ExistingProgramIT {
    static final List<String> PER_COMPONENT = List.of("slo.objectives", "monitoring.golden-signals", "monitoring.anomaly-alerts",
            "pagerduty.technical-services", "capacity.plan", "capacity.headroom", "capacity.autoscaling", "tech.documentation");

    @TempDir
    static Path dir;
    private static ReviewRun before;
    private static ReviewRun after;
    private static ReviewRun prod;

    @BeforeAll
    static void review() throws IOException {
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        before = run("before", "config:\n  azure-native:location: westeurope\n", qaConfig);
        after = run("after", "config:\n  azure-native:location: westeurope\n  shop:ready: \"true\"\n", qaConfig);
        prod = run("prod", "prod", "config:\n  azure-native:location: westeurope\n  shop:ready: \"true\"\n",
                E2eProjects.repo().resolve("policy/config/prod.json"));
    }

    private static ReviewRun run(String name, String stackYaml, Path policyConfig) throws IOException {
        return run(name, "qa", stackYaml, policyConfig);
    }

    private static ReviewRun run(String name, String stack, String stackYaml, Path policyConfig) throws IOException {
        return ReviewRun.reviewShopWithPlaybooks(dir, name, ExistingShop.class, stack, stackYaml, policyConfig);
    }

    @Test
    void withoutReadinessTheWebAppAndPlanBelongToNoComponentAndTheProgramIsNotReady() {
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
        for (String item : PER_COMPONENT) {
            assertThat(before.statuses()).containsEntry(item, "fail");
            assertThat(before.messages(item, "missing-component-assignment"))
                    .anySatisfy(m -> assertThat(m).startsWith("azure-native:web:WebApp 'shop-api' belongs to no component"))
                    .anySatisfy(m -> assertThat(m).startsWith("azure-native:web:AppServicePlan 'shop-plan' belongs to no component"));
        }
    }

    @Test
    void withoutReadinessTheSqlDatabaseHasNoBackupOrEncryptionEvidence() {
        assertThat(before.messages("security.backups", "missing-backups")).as(before.findings().toString())
                .contains("SQL database 'shop-db' has no azure-native:sql:BackupShortTermRetentionPolicy whose databaseName refers to it; "
                        + "the platform's documented default (7 days) would apply, and at least 7 days are required");
        assertThat(before.messages("security.encryption-at-rest", "enable-infrastructure-encryption")).as(before.findings().toString())
                .anySatisfy(m -> assertThat(m).startsWith("SQL database 'shop-db' has no azure-native:sql:TransparentDataEncryption"));
    }

    @Test
    void withTheReadinessLinesTheProgramIsReadyForQaWithNoWaiver() {
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.json().get("verdict").asText()).isEqualTo("ready");
        assertThat(after.blockingItems()).as(after.findings().toString()).isEmpty();
        assertThat(after.statuses()).as(after.statuses().toString()).doesNotContainValue("waived")
                .containsEntry("security.backups", "pass").containsEntry("security.encryption-at-rest", "pass");
        for (String item : PER_COMPONENT) {
            assertThat(after.statuses()).as(item).containsEntry(item, "pass");
        }
        assertThat(after.statuses()).containsEntry("pagerduty.escalation", "pass").containsEntry("support.out-of-hours", "pass")
                .containsEntry("tech.playbooks", "pass").containsEntry("tech.handover", "signed-off");
        assertThat(after.json().get("summary").path("waived").asInt()).isZero();
        assertThat(after.findings()).as("no finding is waived").noneMatch(f -> f.path("outcome").asText().equals("waived"));
        assertThat(after.findings().stream().map(f -> f.get("policy").asText())).doesNotContain("missing-component-assignment");
    }

    @Test
    void theReportListsTheTeamsOwnAppAndPlanUnderTheirComponent() {
        List<String> azure = after.azureOf("api");
        assertThat(azure).anySatisfy(u -> assertThat(u).endsWith("azure-native:web:WebApp::shop-api"))
                .anySatisfy(u -> assertThat(u).endsWith("azure-native:web:AppServicePlan::shop-plan"));
        for (JsonNode r : after.json().get("resources")) {
            if (r.get("name").asText().equals("shop-api") && r.get("type").asText().equals("azure-native:web:WebApp")) {
                assertThat(r.get("component").asText()).isEqualTo("api");
            }
        }
        // Without readiness nothing names a component: the app is product-wide.
        assertThat(before.json().get("resources")).filteredOn(r -> r.get("name").asText().equals("shop-api"))
                .singleElement().satisfies(r -> assertThat(r.get("component").asText()).isEmpty());
    }

    /**
     * In prod, what only the owner of the database and server can set is left to the pack, which names
     * it: ReadyService adds neither geo-redundant backup storage to a database it does not own nor a
     * customer-managed TDE protector (a Key Vault key) to the team's server.
     */
    @Test
    void inProdThePackNamesWhatOnlyTheOwnerOfTheDatabaseAndServerCanSet() {
        assertThat(prod.exitCode()).as(prod.toString()).isEqualTo(1);
        assertThat(prod.messages("security.backups", "missing-backups")).as(prod.findings().toString())
                .contains("SQL database 'shop-db' does not set requestedBackupStorageRedundancy; prod requires Geo or GeoZone so a region loss "
                        + "cannot lose the backups, and the pack never relies on a default")
                .noneSatisfy(m -> assertThat(m).contains("BackupShortTermRetentionPolicy"));
        assertThat(prod.messages("security.encryption-at-rest", "enable-infrastructure-encryption")).as(prod.findings().toString())
                .anySatisfy(m -> assertThat(m).startsWith("SQL server 'shop-sql' shows no customer-managed TDE protector"))
                .noneSatisfy(m -> assertThat(m).contains("TransparentDataEncryption"));
    }
}
