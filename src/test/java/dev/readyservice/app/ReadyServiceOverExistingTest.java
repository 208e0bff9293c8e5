package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.core.Output;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.AppServicePlanArgs;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.azurenative.web.WebAppArgs;
import com.pulumi.azurenative.web.inputs.SkuDescriptionArgs;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.component.ComponentSpec;
import dev.readyservice.component.CapacityPlan;
import dev.readyservice.component.DataSpec;
import dev.readyservice.component.ExistingCompute;
import dev.readyservice.component.ExistingData;
import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ProductSpec;
import dev.readyservice.component.ReadyService;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.Specs;
import dev.readyservice.component.Violation;
import dev.readyservice.e2e.fixtures.ExistingContainerShop;
import dev.readyservice.e2e.fixtures.ExistingShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ReadyService} over resources a program already has: the readiness resources target exactly
 * the given resources (by their ids), no compute or storage is created, prod adds locks and
 * protection; and what it can see is wrong is refused in one exception.
 */
class ReadyServiceOverExistingTest {
    private static final String SUB = "00000000-0000-4000-8000-000000000009";
    private static final String RG = "/subscriptions/" + SUB + "/resourceGroups/legacy-rg/providers/";
    private static final String APP_ID = RG + "Microsoft.Web/sites/legacy-api";
    private static final String PLAN_ID = RG + "Microsoft.Web/serverfarms/legacy-plan";
    private static final String SQL_ID = RG + "Microsoft.Sql/servers/legacy-sql/databases/orders";
    private static final String STORAGE_ID = RG + "Microsoft.Storage/storageAccounts/legacydata";
    private static final String CONTAINER_APP_ID = RG + "Microsoft.App/containerApps/legacy-aca";
    private static final String FUNCTION_APP_ID = RG + "Microsoft.Web/sites/legacy-func";

    /** Types the readiness layer must never create over existing resources. */
    private static final List<String> FOOTPRINT = List.of("azure-native:web:WebApp", "azure-native:web:AppServicePlan",
            "azure-native:storage:StorageAccount", "azure-native:sql:Server", "azure-native:sql:Database",
            "azure-native:resources:ResourceGroup", "azure-native:keyvault:Vault", "azure-native:network:ApplicationGateway",
            "azure-native:network:VirtualNetwork", "azure-native:dbforpostgresql:Server", "azure-native:managedidentity:UserAssignedIdentity",
            "azure-native:app:ContainerApp", "azure-native:app:ManagedEnvironment");

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private static RecordingMocks run(String stack, Consumer<Context> program) {
        RecordingMocks mocks = RecordingMocks.echoingScalars();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", stack, true)).runTest(program::accept);
        assertThat(result.errors()).isEmpty();
        return mocks;
    }

    private static ProductSpec product(String environment) {
        return new ProductSpec("shop", "payments", "Online shop", environment, "https://wiki.example.com/shop",
                "https://example.com/shop/playbooks", "westeurope", SUB, "00000000-0000-4000-8000-0000000000bb", "example", null);
    }

    private static ReadyServiceArgs.Builder overIds(String environment) {
        return computeOnly(environment).existing("api", ExistingCompute.ids(APP_ID, PLAN_ID))
                .existing(ExistingData.ids(SQL_ID))
                .existing(ExistingData.ids(STORAGE_ID));
    }

    private static ReadyServiceArgs.Builder computeOnly(String environment) {
        return ReadyServiceArgs.builder().product(product(environment))
                .component(ComponentSpec.builder("api", ComponentKind.API).capacity(CapacityPlan.of(40, 25, 4)).build())
                .paging(Specs.paging());
    }

    @Test
    void theExampleProgramGetsReadinessForItsOwnResourcesAndNoSecondCopy() {
        RecordingMocks mocks = run("qa", ExistingShop::ready);
        // Only the team's own compute and data: one of each, the ones it named.
        assertThat(mocks.ofType("azure-native:web:WebApp")).extracting(RecordingMocks.Registration::name).containsExactly("shop-api");
        assertThat(mocks.ofType("azure-native:web:AppServicePlan")).extracting(RecordingMocks.Registration::name).containsExactly("shop-plan");
        assertThat(mocks.ofType("azure-native:sql:Database")).extracting(RecordingMocks.Registration::name).containsExactly("shop-db");
        assertThat(mocks.ofType("azure-native:resources:ResourceGroup")).hasSize(1);
        for (String type : List.of("azure-native:storage:StorageAccount", "azure-native:keyvault:Vault", "azure-native:network:ApplicationGateway")) {
            assertThat(mocks.ofType(type)).as(type).isEmpty();
        }
        // The mocks give each resource the id "<name>-id": the readiness resources target exactly those.
        var autoscale = mocks.ofType("azure-native:insights:AutoscaleSetting");
        assertThat(autoscale).singleElement().satisfies(a -> {
            assertThat(a.at("targetResourceUri")).isEqualTo("shop-plan-id");
            assertThat(a.at("resourceGroupName")).isEqualTo("shop-rg");
            assertThat(a.at("enabled")).isEqualTo(true);
            assertThat(a.at("profiles.0.rules.0.metricTrigger.metricResourceUri")).isEqualTo("shop-plan-id");
        });
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("component")).isEqualTo("api");
            assertThat(m.at("webAppId")).isEqualTo("shop-api-id");
            assertThat(m.at("planId")).isEqualTo("shop-plan-id");
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of());
        });
        assertThat(mocks.ofType("azure-native:sql:BackupShortTermRetentionPolicy")).singleElement().satisfies(p -> {
            assertThat(p.at("databaseName")).isEqualTo("shop");
            assertThat(p.at("serverName")).isEqualTo("shop-sql");
            assertThat(p.at("retentionDays")).isEqualTo(7.0);
        });
        assertThat(mocks.ofType("azure-native:sql:LongTermRetentionPolicy")).as("7 days need no long-term retention").isEmpty();
        assertThat(mocks.ofType("azure-native:sql:TransparentDataEncryption")).singleElement().satisfies(t -> {
            assertThat(t.at("databaseName")).isEqualTo("shop");
            assertThat(t.at("serverName")).isEqualTo("shop-sql");
            assertThat(t.at("tdeName")).isEqualTo("current");
            assertThat(t.at("state")).isEqualTo("Enabled");
        });
        // Monitors filter on the given Azure names, and page the component's PagerDuty service.
        var monitors = mocks.ofType("datadog:index/monitor:Monitor");
        assertThat(monitors).hasSize(8 + 6);
        assertThat(monitors.stream().map(m -> (String) m.at("query")).filter(q -> q.contains("azure.app_services")))
                .isNotEmpty().allSatisfy(q -> assertThat(q).contains("name:shop-api"));
        assertThat(monitors.stream().map(m -> (String) m.at("query")).filter(q -> q.contains("azure.web_serverfarms")))
                .isNotEmpty().allSatisfy(q -> assertThat(q).contains("name:shop-plan"));
        assertThat(mocks.ofType("pagerduty:index/service:Service")).extracting(r -> r.at("name")).containsExactly("shop-api");
        assertThat(mocks.ofType("datadog:pagerduty/serviceObject:ServiceObject")).extracting(r -> r.at("serviceName")).containsExactly("shop-api");
        // No locks in qa.
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).isEmpty();
    }

    @Test
    void theReadinessLinesOfTheExampleAreFewerThanForty() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/readyservice/e2e/fixtures/ExistingShop.java"));
        String added = source.substring(source.indexOf("// BEGIN READINESS"), source.indexOf("// END READINESS"));
        long lines = added.lines().skip(1).filter(l -> !l.isBlank()).count();
        assertThat(lines).isLessThan(40);
    }

    @Test
    void docsEvidenceShowsTheExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/readyservice/e2e/fixtures/ExistingShop.java"));
        String example = source.substring(source.indexOf("    public static void ready"), source.indexOf("    // END READINESS"));
        assertThat(Files.readString(Path.of("docs/evidence.md"))).contains(example.stripTrailing().stripIndent().strip());
    }

    @Test
    void overIdsTheReadinessTargetsTheIdsAndCreatesNoCompute() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", overIds("qa").build()));
        for (String type : FOOTPRINT) {
            assertThat(mocks.ofType(type)).as(type).isEmpty();
        }
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).singleElement().satisfies(a -> {
            assertThat(a.at("targetResourceUri")).isEqualTo(PLAN_ID);
            assertThat(a.at("resourceGroupName")).isEqualTo("legacy-rg");
        });
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("webAppId")).isEqualTo(APP_ID);
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of("legacy-api", "legacy-plan"));
        });
        assertThat(mocks.ofType("azure-native:dataprotection:BackupInstance")).singleElement().satisfies(i -> {
            assertThat(i.at("properties.dataSourceInfo.resourceID")).isEqualTo(STORAGE_ID);
            assertThat(i.at("properties.dataSourceInfo.resourceName")).isEqualTo("legacydata");
        });
        assertThat(mocks.ofType("azure-native:authorization:RoleAssignment")).singleElement()
                .satisfies(r -> assertThat(r.at("scope")).isEqualTo(STORAGE_ID));
        assertThat(mocks.ofType("azure-native:dataprotection:BackupPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("properties.policyRules.0.lifecycles.0.deleteAfter.duration")).isEqualTo("P7D"));
        assertThat(mocks.ofType("azure-native:sql:BackupShortTermRetentionPolicy")).singleElement().satisfies(p -> {
            assertThat(p.at("serverName")).isEqualTo("legacy-sql");
            assertThat(p.at("databaseName")).isEqualTo("orders");
        });
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).isEmpty();
    }

    @Test
    void inProdEveryGivenDataResourceIsLockedAndTheBackupVaultProtectedAndGeoRedundant() {
        RecordingMocks mocks = run("prod", ctx -> new ReadyService("shop", overIds("prod").build()));
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).extracting(l -> l.at("scope"))
                .containsExactlyInAnyOrder(SQL_ID, STORAGE_ID);
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).allSatisfy(l -> assertThat(l.at("level")).isEqualTo("CanNotDelete"));
        var vault = mocks.ofType("azure-native:dataprotection:BackupVault");
        assertThat(vault).singleElement().satisfies(v -> assertThat(v.at("properties.storageSettings.0.type")).isEqualTo("GeoRedundant"));
        assertThat(mocks.optionsOf(vault.get(0).name()).isProtect()).isTrue();
        assertThat(mocks.ofType("azure-native:dataprotection:BackupPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("properties.policyRules.0.lifecycles.0.deleteAfter.duration")).isEqualTo("P30D"));
        assertThat(mocks.ofType("azure-native:sql:BackupShortTermRetentionPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("retentionDays")).isEqualTo(30.0));
        // Geo-redundant backup storage and a customer-managed TDE protector are the owner's settings: the pack judges them.
        assertThat(mocks.ofType("azure-native:sql:TransparentDataEncryption")).singleElement()
                .satisfies(t -> assertThat(t.at("state")).isEqualTo("Enabled"));
        assertThat(mocks.ofType("azure-native:sql:EncryptionProtector")).isEmpty();
    }

    @Test
    void aRetentionAboveThirtyFiveDaysKeepsPointInTimeBackupsThirtyFiveDaysAndWeeklyBackupsTheWeeksThatCoverIt() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", computeOnly("qa").existing("api", ExistingCompute.ids(APP_ID, PLAN_ID))
                .existing(ExistingData.ids(SQL_ID)).data(new DataSpec(60, null, null, null, null)).build()));
        assertThat(mocks.ofType("azure-native:sql:BackupShortTermRetentionPolicy")).singleElement()
                .satisfies(p -> assertThat(p.at("retentionDays")).isEqualTo(35.0));
        assertThat(mocks.ofType("azure-native:sql:LongTermRetentionPolicy")).singleElement().satisfies(p -> {
            assertThat(p.at("weeklyRetention")).as("60 days: 9 whole weeks").isEqualTo("P9W");
            assertThat(p.at("policyName")).isEqualTo("default");
            assertThat(p.at("serverName")).isEqualTo("legacy-sql");
            assertThat(p.at("databaseName")).isEqualTo("orders");
        });
    }

    @Test
    void aStorageAccountOfTheProgramIsBackedUpThroughItsId() {
        RecordingMocks mocks = run("qa", ctx -> {
            var account = new StorageAccount("team-storage", StorageAccountArgs.builder().resourceGroupName("legacy-rg")
                    .accountName("teamdata").kind("StorageV2").sku(SkuArgs.builder().name("Standard_ZRS").build()).build());
            new ReadyService("shop", computeOnly("qa").existing("api", ExistingCompute.ids(APP_ID, PLAN_ID))
                    .existing(ExistingData.storageAccount(account).named("legacy-rg", "teamdata")).build());
        });
        assertThat(mocks.ofType("azure-native:storage:StorageAccount")).extracting(RecordingMocks.Registration::name).containsExactly("team-storage");
        assertThat(mocks.ofType("azure-native:dataprotection:BackupInstance")).singleElement()
                .satisfies(i -> assertThat(i.at("properties.dataSourceInfo.resourceID")).isEqualTo("team-storage-id"));
    }

    @Test
    void everyProblemItCanSeeIsRefusedInOneException() {
        var args = ReadyServiceArgs.builder().product(new ProductSpec("shop", "payments", "Online shop", "qa", "https://wiki.example.com/shop",
                        "https://example.com/shop/playbooks", "westeurope", SUB, "00000000-0000-4000-8000-0000000000bb", "example",
                        "https://shop-tls.vault.azure.net/secrets/shop"))
                .component(ComponentSpec.builder("api", ComponentKind.API).capacity(CapacityPlan.of(40, 25, 4)).healthCheckPath("/ping").build())
                .component(ComponentSpec.builder("web", ComponentKind.UI).capacity(CapacityPlan.of(40, 25, 4)).build())
                .paging(Specs.paging())
                .data(new DataSpec(60, null, null, null, "newstorage"))
                .existing("api", ExistingCompute.ids(STORAGE_ID, "not-an-id"))
                .existing("ghost", ExistingCompute.ids(APP_ID, RG.replace(SUB, "00000000-0000-4000-8000-000000000077") + "Microsoft.Web/serverfarms/p"))
                .existing(ExistingData.ids(SQL_ID))
                .existing(ExistingData.ids(RG + "Microsoft.KeyVault/vaults/kv"))
                .build();
        InvalidSpecException e = refused(args);
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "existingCompute.api.webAppId", "existingCompute.api.planId",
                "existingCompute.ghost", "existingCompute.ghost.planId",
                "components[0].healthCheckPath", "components[1].existing",
                "product.tlsCertificateSecretId", "data.storageAccountName",
                "existingData[1].id");
        assertThat(e.getMessage()).contains("(9 problems)")
                .contains("the ID of a Microsoft.Web/sites resource, not Microsoft.Storage/storageAccounts")
                .contains("an Azure resource ID /subscriptions/<id>/resourceGroups/<group>/providers/Microsoft.Web/serverfarms/<name>")
                .contains("a resource in the product's subscription " + SUB);
    }

    @Test
    void resourceObjectsWithoutTheirAzureNamesAreRefusedNamingWhatIsMissing() {
        InvalidSpecException e = refused(ctx -> {
            var shop = ExistingShop.existing(ctx);
            return computeOnly("qa").existing("api", ExistingCompute.webApp(shop.app(), shop.plan()))
                    .existing(ExistingData.sqlDatabase(shop.db()).named("shop-rg", "shop")).build();
        });
        assertThat(e.violations()).extracting(Violation::field).containsExactly("existingCompute.api.resourceGroup",
                "existingCompute.api.webAppName", "existingCompute.api.planName", "existingData[0].names");
        assertThat(e.getMessage()).contains("the server's and the database's Azure names");
    }

    @Test
    void aValidSpecOverExistingResourcesCreatesItsBlocksUnderTheComponent() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", overIds("qa").build()));
        assertThat(mocks.ofType("readiness:index:Paging")).hasSize(1);
        assertThat(mocks.ofType("readiness:index:Backups")).singleElement()
                .satisfies(b -> assertThat(b.at("resources")).isEqualTo(List.of(SQL_ID, STORAGE_ID)));
        assertThat(mocks.ofType("readiness:index:ReadyService")).singleElement()
                .satisfies(r -> assertThat(r.at("product.name")).isEqualTo("shop"));
    }

    /** Every golden-signal and burn-rate monitor's query, and every SLO's queries, of one run. */
    private static List<String> queries(RecordingMocks mocks) {
        List<String> all = new java.util.ArrayList<>();
        mocks.ofType("datadog:index/monitor:Monitor").forEach(m -> all.add((String) m.at("query")));
        mocks.ofType("datadog:index/serviceLevelObjective:ServiceLevelObjective").forEach(slo -> all.add(String.valueOf(slo.inputs())));
        return all;
    }

    @Test
    void aContainerAppOfTheProgramIsWatchedWithItsOwnMetricsAndGetsNoAutoscaleSetting() {
        RecordingMocks mocks = run("qa", ExistingContainerShop::ready);
        assertThat(mocks.ofType("azure-native:app:ContainerApp")).extracting(RecordingMocks.Registration::name).containsExactly("shop-api");
        assertThat(mocks.ofType("azure-native:app:ManagedEnvironment")).hasSize(1);
        for (String type : List.of("azure-native:web:WebApp", "azure-native:web:AppServicePlan", "azure-native:insights:AutoscaleSetting",
                "azure-native:storage:StorageAccount", "azure-native:network:ApplicationGateway")) {
            assertThat(mocks.ofType(type)).as(type).isEmpty();
        }
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("containerAppId")).isEqualTo("shop-api-id");
            assertThat(m.inputs()).doesNotContainKeys("webAppId", "planId");
        });
        String app = "resource_group:shop-rg,name:shop-api";
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).hasSize(8 + 6).extracting(m -> (String) m.at("query")).contains(
                "percentile(last_5m):p95:trace.aspnet_core.request{service:shop-api,env:qa} > 0.4",
                "sum(last_5m):sum:azure.app_containerapps.requests{" + app + ",statuscodecategory:5xx}.as_count() / "
                        + "sum:azure.app_containerapps.requests{" + app + "}.as_count() > 0.01")
                .anySatisfy(q -> assertThat(q).startsWith("sum(last_15m):sum:azure.app_containerapps.requests{" + app + "}.as_count() < "))
                .anySatisfy(q -> assertThat(q).startsWith("avg(last_10m):avg:azure.app_containerapps.cpu_percentage{" + app + "} > "));
        assertThat(queries(mocks)).anySatisfy(q -> assertThat(q).contains("sum:azure.app_containerapps.requests{" + app + ",!statuscodecategory:5xx}"))
                .noneSatisfy(q -> assertThat(q).containsAnyOf("azure.app_services", "web_serverfarms", "null"));
        assertThat(mocks.ofType("pagerduty:index/service:Service")).extracting(r -> r.at("name")).containsExactly("shop-api");
    }

    @Test
    void aContainerAppByIdInProdIsTargetedByItsIdWithNoAutoscaleSettingAndPagesOutOfHours() {
        RecordingMocks mocks = run("prod", ctx -> new ReadyService("shop", computeOnly("prod")
                .existing("api", ExistingCompute.containerAppId(CONTAINER_APP_ID).latencyOperation("servlet.request"))
                .existing(ExistingData.ids(SQL_ID)).build()));
        for (String type : FOOTPRINT) {
            assertThat(mocks.ofType(type)).as(type).isEmpty();
        }
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).isEmpty();
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("containerAppId")).isEqualTo(CONTAINER_APP_ID);
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of("legacy-aca"));
        });
        assertThat(queries(mocks)).contains("percentile(last_5m):p95:trace.servlet.request{service:shop-api,env:prod} > 0.5")
                .filteredOn(q -> q.contains("azure.app_containerapps")).isNotEmpty()
                .allSatisfy(q -> assertThat(q).contains("resource_group:legacy-rg,name:legacy-aca"));
        // Prod: the given data is locked, and the customer-facing component's burn-rate alerts page out of hours.
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockByScope")).extracting(l -> l.at("scope")).containsExactly(SQL_ID);
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).anySatisfy(m -> assertThat((String) m.at("message")).contains("@pagerduty-shop-api"));
    }

    @Test
    void aFunctionAppOfTheProgramOnADedicatedPlanIsWatchedWithFunctionMetricsAndItsPlanAutoscaled() {
        RecordingMocks mocks = run("qa", ctx -> {
            var plan = new AppServicePlan("fn-plan", AppServicePlanArgs.builder().resourceGroupName("fn-rg").name("fn-plan")
                    .sku(SkuDescriptionArgs.builder().name("P1v3").build()).build());
            var app = new WebApp("fn-app", WebAppArgs.builder().resourceGroupName("fn-rg").name("fn-app").kind("functionapp")
                    .serverFarmId(plan.id()).build());
            new ReadyService("shop", computeOnly("qa").existing("api", ExistingCompute.functionApp(app, plan).named("fn-rg", "fn-app", "fn-plan"))
                    .build());
        });
        assertThat(mocks.ofType("azure-native:web:WebApp")).extracting(RecordingMocks.Registration::name).containsExactly("fn-app");
        assertThat(mocks.ofType("azure-native:web:AppServicePlan")).extracting(RecordingMocks.Registration::name).containsExactly("fn-plan");
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).singleElement().satisfies(a -> {
            assertThat(a.at("targetResourceUri")).isEqualTo("fn-plan-id");
            assertThat(a.at("resourceGroupName")).isEqualTo("fn-rg");
        });
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("webAppId")).isEqualTo("fn-app-id");
            assertThat(m.at("planId")).isEqualTo("fn-plan-id");
        });
        String app = "{resource_group:fn-rg,name:fn-app}";
        assertThat(queries(mocks)).contains("avg(last_5m):avg:azure.functions.response_time" + app + " > 0.5",
                        "sum(last_5m):sum:azure.functions.http5xx" + app + ".as_count() / sum:azure.functions.requests" + app + ".as_count() > 0.01")
                .anySatisfy(q -> assertThat(q).startsWith("avg(last_10m):avg:azure.web_serverfarms.cpu_percentage{resource_group:fn-rg,name:fn-plan} > "))
                .noneSatisfy(q -> assertThat(q).contains("azure.app_services"));
    }

    @Test
    void aFunctionAppOnAPlanThePlatformScalesGetsNoAutoscaleSettingAndEverythingElse() {
        RecordingMocks mocks = run("prod", ctx -> {
            var plan = new AppServicePlan("fn-plan", AppServicePlanArgs.builder().resourceGroupName("fn-rg").name("fn-plan")
                    .sku(SkuDescriptionArgs.builder().name("EP1").tier("ElasticPremium").build()).maximumElasticWorkerCount(8).build());
            var app = new WebApp("fn-app", WebAppArgs.builder().resourceGroupName("fn-rg").name("fn-app").kind("functionapp")
                    .serverFarmId(plan.id()).build());
            new ReadyService("shop", computeOnly("prod")
                    .existing("api", ExistingCompute.functionApp(app, plan).named("fn-rg", "fn-app", "fn-plan").platformScaled(3584)).build());
        });
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).isEmpty();
        assertThat(mocks.ofType("azure-native:web:AppServicePlan")).extracting(RecordingMocks.Registration::name).containsExactly("fn-plan");
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("webAppId")).isEqualTo("fn-app-id");
            assertThat(m.at("planId")).isEqualTo("fn-plan-id");
        });
        String app = "{resource_group:fn-rg,name:fn-app}";
        // Saturation is the app's memory working set as a percentage of one EP1 instance's 3584 MB (3584 * 2^20 bytes),
        // never the plan's CPU: a Consumption or Flex Consumption plan reports none to Datadog.
        assertThat(queries(mocks)).contains("avg(last_5m):avg:azure.functions.response_time" + app + " > 0.5",
                        "avg(last_10m):avg:azure.functions.memory_working_set" + app + " / 3758096384 * 100 > 95")
                .noneSatisfy(q -> assertThat(q).contains("azure.app_services"))
                .noneSatisfy(q -> assertThat(q).contains("azure.web_serverfarms"));
        assertThat(mocks.ofType("datadog:index/serviceLevelObjective:ServiceLevelObjective")).isNotEmpty();
        assertThat(mocks.ofType("pagerduty:index/service:Service")).isNotEmpty();
        // Prod: the customer-facing component's alerts page out of hours, as on any compute.
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).anySatisfy(m -> assertThat((String) m.at("message")).contains("@pagerduty-shop-api"));
    }

    @Test
    void aFunctionAppByIdsOnAPlanThePlatformScalesGetsNoAutoscaleSetting() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", computeOnly("qa")
                .existing("api", ExistingCompute.functionAppIds(FUNCTION_APP_ID, PLAN_ID).platformScaled(2048)).build()));
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).isEmpty();
        assertThat(queries(mocks)).anySatisfy(q -> assertThat(q).contains("sum:azure.functions.requests{resource_group:legacy-rg,name:legacy-func}"))
                .anySatisfy(q -> assertThat(q).startsWith("avg(last_10m):avg:azure.functions.memory_working_set{resource_group:legacy-rg,name:legacy-func} / 2147483648 * 100 > "))
                .noneSatisfy(q -> assertThat(q).contains("azure.web_serverfarms"));
    }

    @Test
    void onlyAFunctionAppIsDeclaredOnAPlanThePlatformScales() {
        var args = computeOnly("qa")
                .component(ComponentSpec.builder("web", ComponentKind.UI).capacity(CapacityPlan.of(40, 25, 4)).build())
                .existing("api", ExistingCompute.ids(APP_ID, PLAN_ID).platformScaled(2048))
                .existing("web", ExistingCompute.containerAppId(CONTAINER_APP_ID).latencyOperation("http.request").platformScaled(2048))
                .build();
        InvalidSpecException e = refused(args);
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "existingCompute.api.platformScaled", "existingCompute.web.platformScaled");
        assertThat(e.getMessage()).contains("(2 problems)")
                .contains("unset: only a function app runs on a plan the platform scales (Consumption, Elastic Premium, Flex Consumption); "
                        + "a web app's plan is scaled by the autoscale setting ReadyService adds")
                .contains("a container app scales by its own template.scale");
    }

    @Test
    void aFunctionAppOnAPlanThePlatformScalesStatesAPositiveInstanceMemory() {
        InvalidSpecException e = refused(computeOnly("qa").existing("api", ExistingCompute.functionAppIds(FUNCTION_APP_ID, PLAN_ID).platformScaled(0)).build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("existingCompute.api.platformScaled");
            assertThat(v.value()).isEqualTo("0");
            assertThat(v.allowed()).startsWith("one instance's memory in MB, more than 0 (Flex Consumption: the app's instanceMemoryMB");
        });
    }

    @Test
    void aFunctionAppByIdsIsWatchedWithFunctionMetricsAndItsPlanAutoscaled() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", computeOnly("qa")
                .existing("api", ExistingCompute.functionAppIds(FUNCTION_APP_ID, PLAN_ID)).build()));
        for (String type : FOOTPRINT) {
            assertThat(mocks.ofType(type)).as(type).isEmpty();
        }
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).singleElement()
                .satisfies(a -> assertThat(a.at("targetResourceUri")).isEqualTo(PLAN_ID));
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("webAppId")).isEqualTo(FUNCTION_APP_ID);
            assertThat(m.at("namesOutsideTheProgram")).isEqualTo(List.of("legacy-func", "legacy-plan"));
        });
        assertThat(queries(mocks)).anySatisfy(q -> assertThat(q).contains("sum:azure.functions.requests{resource_group:legacy-rg,name:legacy-func}"))
                .noneSatisfy(q -> assertThat(q).contains("azure.app_services"));
    }

    @Test
    void everyProblemWithContainerAndFunctionAppsIsRefusedInOneException() {
        var args = computeOnly("qa")
                .component(ComponentSpec.builder("web", ComponentKind.UI).capacity(CapacityPlan.of(40, 25, 4)).build())
                .component(ComponentSpec.builder("jobs", ComponentKind.WORKER).capacity(CapacityPlan.of(40, 25, 4)).build())
                .component(ComponentSpec.builder("fn", ComponentKind.API).capacity(CapacityPlan.of(40, 25, 4)).build())
                // A web app's ID where a container app's belongs, and no latency operation.
                .existing("api", ExistingCompute.containerAppId(APP_ID))
                // An operation that is no Datadog operation name, and a plan name a container app cannot have.
                .existing("web", ExistingCompute.containerAppId(CONTAINER_APP_ID).named("legacy-rg", "legacy-aca", "legacy-plan")
                        .latencyOperation("GET /orders"))
                // A worker's latency is its worker.job spans: no operation to state.
                .existing("jobs", ExistingCompute.containerAppId(CONTAINER_APP_ID).latencyOperation("http.request"))
                // A container app's ID where a function app's belongs, and an operation a function app does not use.
                .existing("fn", ExistingCompute.functionAppIds(CONTAINER_APP_ID, PLAN_ID).latencyOperation("http.request"))
                .build();
        InvalidSpecException e = refused(args);
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "existingCompute.api.containerAppId", "existingCompute.api.latencyOperation",
                "existingCompute.web.planName", "existingCompute.web.latencyOperation",
                "existingCompute.jobs.latencyOperation",
                "existingCompute.fn.functionAppId", "existingCompute.fn.latencyOperation");
        assertThat(e.getMessage()).contains("(7 problems)")
                .contains("the ID of a Microsoft.App/containerApps resource, not Microsoft.Web/sites")
                .contains("the ID of a Microsoft.Web/sites resource, not Microsoft.App/containerApps")
                .contains("got <unset>; the APM operation of the component's request spans")
                .contains("got 'GET /orders'; the APM operation")
                .contains("unset: a worker's latency is its worker.job spans")
                .contains("unset: a function app's latency is its Azure response time")
                .contains("unset: a container app runs on no App Service plan");
    }

    @Test
    void idsKnownOnlyWhenTheProgramRunsAreTargetedAndNeedTheirNames() {
        RecordingMocks mocks = run("qa", ctx -> new ReadyService("shop", computeOnly("qa")
                .existing("api", ExistingCompute.containerAppId(Output.of(CONTAINER_APP_ID)).named("legacy-rg", "legacy-aca")
                        .latencyOperation("express.request")).build()));
        assertThat(mocks.ofType("readiness:index:Monitoring")).singleElement().satisfies(m -> {
            assertThat(m.at("containerAppId")).isEqualTo(CONTAINER_APP_ID);
            assertThat(m.at("namesOutsideTheProgram")).as("an output relates the resource it comes from").isEqualTo(List.of());
        });
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).isEmpty();
        InvalidSpecException e = refused(computeOnly("qa")
                .existing("api", ExistingCompute.functionAppIds(Output.of(FUNCTION_APP_ID), Output.of(PLAN_ID))).build());
        assertThat(e.violations()).extracting(Violation::field).containsExactly("existingCompute.api.resourceGroup",
                "existingCompute.api.functionAppName", "existingCompute.api.planName");
    }

    @Test
    void aContainerAppObjectWithoutItsNamesOrOperationIsRefusedNamingWhatIsMissing() {
        InvalidSpecException e = refused(ctx -> computeOnly("qa")
                .existing("api", ExistingCompute.containerApp(ExistingContainerShop.existing(ctx).app())).build());
        assertThat(e.violations()).extracting(Violation::field).containsExactly("existingCompute.api.resourceGroup",
                "existingCompute.api.containerAppName", "existingCompute.api.latencyOperation");
        assertThat(e.getMessage()).contains("the container app's resource group (ExistingCompute.named)")
                .contains("the container app's Azure name (ExistingCompute.named): the monitors filter on it");
    }

    private static InvalidSpecException refused(ReadyServiceArgs args) {
        return refused(ctx -> args);
    }

    private static InvalidSpecException refused(java.util.function.Function<Context, ReadyServiceArgs> args) {
        RecordingMocks mocks = RecordingMocks.echoingScalars();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", "qa", true))
                .runTest(ctx -> new ReadyService("shop", args.apply(ctx)));
        // The SDK lists the exception and the CompletionException around it.
        List<InvalidSpecException> refusals = result.exceptions().stream().filter(InvalidSpecException.class::isInstance)
                .map(InvalidSpecException.class::cast).toList();
        assertThat(refusals).hasSize(1);
        assertThat(mocks.ofType("readiness:index:ReadyService")).isEmpty();
        return refusals.get(0);
    }
}
