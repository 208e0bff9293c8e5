package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.AppServicePlanArgs;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.azurenative.web.WebAppArgs;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import dev.readyservice.azure.AzureProduct;
import dev.readyservice.component.Backups;
import dev.readyservice.component.BackupsArgs;
import dev.readyservice.component.ExistingData;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.Monitoring;
import dev.readyservice.component.MonitoringArgs;
import dev.readyservice.component.Paging;
import dev.readyservice.component.PagingArgs;
import dev.readyservice.component.Violation;
import dev.readyservice.datadog.DatadogComponent;
import dev.readyservice.model.AlertClass;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.model.Environment;
import dev.readyservice.model.SloTimeframe;
import dev.readyservice.pagerduty.EscalationLevel;
import dev.readyservice.pagerduty.EscalationPath;
import dev.readyservice.pagerduty.EscalationTarget;
import dev.readyservice.pagerduty.PagerDutyComponent;
import dev.readyservice.pagerduty.PagerDutyProduct;
import dev.readyservice.pagerduty.SupportHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each building block used alone, as a hand-written program would: what it creates, and what it refers to. */
class BuildingBlocksTest {
    private static final String SUB = "00000000-0000-4000-8000-000000000009";
    private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/legacy-rg/providers/";
    private static final String APP_ID = RG + "Microsoft.Web/sites/legacy-api";
    private static final String PLAN_ID = RG + "Microsoft.Web/serverfarms/legacy-plan";
    private static final String STORAGE_ID = RG + "Microsoft.Storage/storageAccounts/legacydata";

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    static DatadogComponent api(String app, String plan) {
        return DatadogComponent.builder()
                .product("shop").component("api").kind(ComponentKind.API).environment(Environment.QA)
                .customerFacing(true).team("payments").availabilityTarget(99.9)
                .latencyThresholdMillis(400).latencyPercentile(95).sloTimeframe(SloTimeframe.DAYS_30)
                .playbookBaseUrl("https://example.com/shop/playbooks").docsUrl("https://wiki.example.com/shop")
                .pagerDutyServiceName("shop-api")
                .pagerDutyServiceUrl("https://example.pagerduty.com/service-directory?query=shop-api")
                .pageOutOfHours(Set.of(AlertClass.LATENCY, AlertClass.ERRORS)).trafficFloorPerMinute(24)
                .azureResourceGroup("legacy-rg").azureAppName(app).azurePlanName(plan)
                .build();
    }

    private static RecordingMocks run(String stack, Consumer<Context> program) {
        RecordingMocks mocks = RecordingMocks.echoingScalars();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", stack, true)).runTest(program::accept);
        assertThat(result.errors()).isEmpty();
        return mocks;
    }

    @Test
    void monitoringOverResourcesOfTheProgramRefersToThemAndCreatesOnlyDatadogResources() {
        RecordingMocks mocks = run("qa", ctx -> {
            var plan = new AppServicePlan("team-plan", AppServicePlanArgs.builder().resourceGroupName("legacy-rg").name("legacy-plan").build());
            var app = new WebApp("team-app", WebAppArgs.builder().resourceGroupName("legacy-rg").name("legacy-api").serverFarmId(plan.id()).build());
            new Monitoring("shop-api", MonitoringArgs.builder().component(api("legacy-api", "legacy-plan"))
                    .webAppId(app.id()).planId(plan.id()).build());
        });
        assertThat(mocks.ofType(Monitoring.TYPE)).singleElement().satisfies(m -> {
            assertThat(m.at("component")).isEqualTo("api");
            assertThat(m.at("service")).isEqualTo("shop-api");
            assertThat(m.at("webAppId")).isEqualTo("team-app-id");
            assertThat(m.at("planId")).isEqualTo("team-plan-id");
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of());
        });
        var monitors = mocks.ofType("datadog:index/monitor:Monitor");
        assertThat(monitors).hasSize(8 + 6);
        assertThat(mocks.ofType("datadog:index/serviceLevelObjective:ServiceLevelObjective")).hasSize(2);
        assertThat(mocks.ofType("datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml")).hasSize(1);
        // Every Datadog resource is the block's child; only the team's own plan and app are Azure resources.
        for (var monitor : monitors) {
            assertThat(mocks.optionsOf(monitor.name()).getParent()).get().satisfies(p -> assertThat(p.pulumiResourceType()).isEqualTo(Monitoring.TYPE));
        }
        assertThat(mocks.registrations().stream().filter(r -> r.type().startsWith("azure-native:")).map(RecordingMocks.Registration::name))
                .containsExactlyInAnyOrder("team-plan", "team-app");
    }

    @Test
    void monitoringOverLiteralIdsRegistersTheirNamesAsOutsideTheProgram() {
        RecordingMocks mocks = run("qa", ctx -> new Monitoring("shop-api", MonitoringArgs.builder()
                .component(api("legacy-api", "legacy-plan")).webAppId(APP_ID).planId(PLAN_ID).build()));
        assertThat(mocks.ofType(Monitoring.TYPE)).singleElement().satisfies(m -> {
            assertThat(m.at("webAppId")).isEqualTo(APP_ID);
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of("legacy-api", "legacy-plan"));
        });
    }

    static PagerDutyProduct pagerDuty() {
        var path = new EscalationPath(2, List.of(new EscalationLevel(15, List.of(EscalationTarget.schedule("PABC123"))),
                new EscalationLevel(30, List.of(EscalationTarget.user("PDEF456")))));
        var hours = new SupportHours(ZoneId.of("Europe/London"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 30));
        return new PagerDutyProduct("shop", "payments", "Online shop", "qa", path, hours,
                List.of(new PagerDutyComponent("api", "api", true, "The shop's API.")));
    }

    @Test
    void pagingLinksEachServiceToDatadogThroughItsIntegration() {
        RecordingMocks mocks = run("qa", ctx -> new Paging("shop-paging", PagingArgs.builder().product(pagerDuty()).build()));
        assertThat(mocks.ofType(Paging.TYPE)).singleElement().satisfies(p -> assertThat(p.at("components")).isEqualTo(List.of("api")));
        assertThat(mocks.ofType("pagerduty:index/team:Team")).hasSize(1);
        assertThat(mocks.ofType("pagerduty:index/escalationPolicy:EscalationPolicy")).hasSize(1);
        assertThat(mocks.ofType("pagerduty:index/service:Service")).extracting(s -> s.at("name")).containsExactly("shop-api");
        assertThat(mocks.ofType("pagerduty:index/serviceIntegration:ServiceIntegration")).hasSize(1);
        assertThat(mocks.ofType("pagerduty:index/businessService:BusinessService")).hasSize(1);
        assertThat(mocks.ofType("pagerduty:index/serviceDependency:ServiceDependency")).hasSize(1);
        assertThat(mocks.ofType("datadog:pagerduty/serviceObject:ServiceObject")).singleElement()
                .satisfies(o -> assertThat(o.at("serviceName")).isEqualTo("shop-api"));
        assertThat(mocks.registrations()).noneMatch(r -> r.type().startsWith("azure-native:") || r.type().equals("datadog:index/monitor:Monitor"));
    }

    private static AzureProduct product(String environment) {
        return new AzureProduct("shop", environment, "westeurope", SUB, "00000000-0000-4000-8000-0000000000bb");
    }

    @Test
    void backupsInProdBackUpAndLockTheGivenAccountWithAProtectedGeoRedundantVault() {
        RecordingMocks mocks = run("prod", ctx -> new Backups("shop-backups", BackupsArgs.builder().product(product("prod"))
                .retentionDays(30).data(ExistingData.ids(STORAGE_ID)).build()));
        assertThat(mocks.ofType(Backups.TYPE)).singleElement().satisfies(b -> assertThat(b.at("resources")).isEqualTo(List.of(STORAGE_ID)));
        assertThat(mocks.ofType("azure-native:dataprotection:BackupInstance")).singleElement()
                .satisfies(i -> assertThat(i.at("properties.dataSourceInfo.resourceID")).isEqualTo(STORAGE_ID));
        var vault = mocks.ofType("azure-native:dataprotection:BackupVault");
        assertThat(vault).singleElement().satisfies(v -> assertThat(v.at("properties.storageSettings.0.type")).isEqualTo("GeoRedundant"));
        assertThat(mocks.optionsOf(vault.get(0).name()).isProtect()).isTrue();
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).singleElement()
                .satisfies(l -> assertThat(l.at("scope")).isEqualTo(STORAGE_ID));
        assertThat(mocks.ofType("azure-native:storage:StorageAccount")).isEmpty();
    }

    @Test
    void backupsInQaLockNothingAndKeepTheVaultLocallyRedundant() {
        RecordingMocks mocks = run("qa", ctx -> new Backups("shop-backups", BackupsArgs.builder().product(product("qa"))
                .retentionDays(7).data(ExistingData.ids(STORAGE_ID)).build()));
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).isEmpty();
        assertThat(mocks.ofType("azure-native:dataprotection:BackupVault")).singleElement()
                .satisfies(v -> assertThat(v.at("properties.storageSettings.0.type")).isEqualTo("LocallyRedundant"));
    }

    @Test
    void backupsOfASqlDatabaseKeptLongerThanPointInTimeRestoreAddALongTermRetentionAndLeaveEncryptionAlone() {
        String sqlId = RG + "Microsoft.Sql/servers/legacy-sql/databases/orders";
        RecordingMocks mocks = run("qa", ctx -> new Backups("shop-backups", BackupsArgs.builder().product(product("qa"))
                .retentionDays(90).data(ExistingData.ids(sqlId)).build()));
        assertThat(mocks.ofType("azure-native:sql:BackupShortTermRetentionPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("retentionDays")).isEqualTo(35.0));
        assertThat(mocks.ofType("azure-native:sql:LongTermRetentionPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("weeklyRetention")).as("90 days: 13 whole weeks").isEqualTo("P13W"));
        // Transparent data encryption is ReadyService's, not the backup block's.
        assertThat(mocks.ofType("azure-native:sql:TransparentDataEncryption")).isEmpty();
    }

    @Test
    void backupsRefuseARetentionUnderTheFloorAndAnIdOfAnotherTypeInOneException() {
        RecordingMocks mocks = RecordingMocks.echoingScalars();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", "prod", true)).runTest(ctx -> new Backups("shop-backups",
                BackupsArgs.builder().product(product("prod")).retentionDays(7).data(ExistingData.ids(APP_ID)).build()));
        var refusal = result.exceptions().stream().filter(InvalidSpecException.class::isInstance).map(InvalidSpecException.class::cast).findFirst();
        assertThat(refusal).get().satisfies(e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("retentionDays", "data[0].id"));
        assertThat(mocks.registrations()).isEmpty();
    }
}
