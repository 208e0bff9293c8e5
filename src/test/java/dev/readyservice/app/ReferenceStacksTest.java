package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.testsupport.RecordingMocks;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs the bundled program on the reference stacks under recording mocks and checks what reached each resource. */
class ReferenceStacksTest {
    static final String MONITOR = "datadog:index/monitor:Monitor";
    static final String SLO = "datadog:index/serviceLevelObjective:ServiceLevelObjective";
    static final List<String> COMPONENTS = List.of("api", "web", "worker");
    static final List<String> CUSTOMER_FACING = List.of("api", "web");

    private final RecordingMocks mocks = RecordingMocks.echoingScalars();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    private TestResult run(String stack) {
        Map<String, String> config = StackFiles.config(Path.of("Pulumi." + stack + ".yaml"));
        return PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", stack, true)).runTest(ctx ->
                App.build(ctx, StackFiles.namespace(config, StackConfigReader.NAMESPACE), () -> Output.ofSecret("s3cr3t-test-password")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"qa", "prod"})
    void bothStacksBuildTheFullResourceSet(String stack) {
        TestResult result = run(stack);
        assertThat(result.errors()).isEmpty();
        Map<String, Long> counts = mocks.registrations().stream().collect(Collectors.groupingBy(RecordingMocks.Registration::type, Collectors.counting()));
        assertThat(counts).containsEntry("readiness:index:ReadyService", 1L)
                .containsEntry("azure-native:resources:ResourceGroup", 1L)
                .containsEntry("azure-native:web:AppServicePlan", 3L)
                .containsEntry("azure-native:web:WebApp", 3L)
                .containsEntry("azure-native:insights:AutoscaleSetting", 3L)
                .containsEntry("azure-native:storage:StorageAccount", 1L)
                .containsEntry("azure-native:storage:BlobServiceProperties", 1L)
                .containsEntry("azure-native:keyvault:Vault", 1L)
                .containsEntry("azure-native:dataprotection:BackupVault", 1L)
                .containsEntry("azure-native:dataprotection:BackupPolicy", 1L)
                .containsEntry("azure-native:dataprotection:BackupInstance", 1L)
                .containsEntry("azure-native:dbforpostgresql:Server", 1L)
                .containsEntry("azure-native:dbforpostgresql:Configuration", 2L)
                .containsEntry("azure-native:network:ApplicationGateway", 1L)
                .containsEntry(MONITOR, 3 * 8L + 2 * 6L)
                .containsEntry(SLO, 2 * 2L)
                .containsEntry("datadog:index/serviceDefinitionYaml:ServiceDefinitionYaml", 3L)
                .containsEntry("datadog:index/dashboardJson:DashboardJson", 1L)
                .containsEntry("datadog:pagerduty/serviceObject:ServiceObject", 3L)
                .containsEntry("pagerduty:index/team:Team", 1L)
                .containsEntry("pagerduty:index/escalationPolicy:EscalationPolicy", 1L)
                .containsEntry("pagerduty:index/service:Service", 3L)
                .containsEntry("pagerduty:index/serviceIntegration:ServiceIntegration", 3L)
                .containsEntry("pagerduty:index/businessService:BusinessService", 1L)
                .containsEntry("pagerduty:index/serviceDependency:ServiceDependency", 3L);
        assertThat(counts.getOrDefault("azure-native:keyvault:Key", 0L)).isEqualTo("prod".equals(stack) ? 1L : 0L);
        assertThat(counts.getOrDefault("azure-native:authorization:ManagementLockAtResourceGroupLevel", 0L)).isEqualTo("prod".equals(stack) ? 1L : 0L);
    }

    /** Both stacks encrypt storage twice and keep it private; only prod names a customer-managed key (Microsoft.Keyvault). */
    @ParameterizedTest
    @CsvSource({"prod, Microsoft.Keyvault", "qa, Microsoft.Storage"})
    void storageIsEncryptedWithACustomerManagedKeyInProdOnly(String stack, String keySource) {
        run(stack);
        RecordingMocks.Registration storage = mocks.ofType("azure-native:storage:StorageAccount").get(0);
        assertThat(storage.at("encryption.requireInfrastructureEncryption")).isEqualTo(true);
        assertThat(storage.at("encryption.keySource")).isEqualTo(keySource);
        assertThat(storage.at("allowBlobPublicAccess")).isEqualTo(false);
        assertThat(storage.at("minimumTlsVersion")).isEqualTo("TLS1_2");
    }

    @Test
    void everyComponentHasAllEightGoldenSignalMonitors() {
        run("qa");
        for (String component : COMPONENTS) {
            List<String> signals = mocks.ofType(MONITOR).stream()
                    .filter(m -> m.datadogTags().contains("component:" + component))
                    .filter(m -> !m.datadogTags().contains("monitor-kind:burn-rate"))
                    .map(m -> tag(m, "golden-signal") + "/" + tag(m, "monitor-kind"))
                    .sorted().toList();
            assertThat(signals).as(component).containsExactly(
                    "errors/anomaly", "errors/threshold", "latency/anomaly", "latency/threshold",
                    "saturation/anomaly", "saturation/threshold", "traffic/anomaly", "traffic/threshold");
        }
    }

    @Test
    void everyCustomerFacingComponentHasSlosWithFastAndSlowBurnAlertsAndTheWorkerHasNone() {
        run("prod");
        for (String component : CUSTOMER_FACING) {
            List<String> slis = mocks.ofType(SLO).stream().filter(s -> s.datadogTags().contains("component:" + component))
                    .map(s -> tag(s, "sli")).sorted().toList();
            assertThat(slis).as(component).containsExactly("availability", "latency");
            List<String> burns = mocks.ofType(MONITOR).stream()
                    .filter(m -> m.datadogTags().contains("component:" + component) && m.datadogTags().contains("monitor-kind:burn-rate"))
                    .map(m -> tag(m, "burn-window") + " " + tag(m, "routing")).sorted().toList();
            assertThat(burns).as(component).containsExactly(
                    "1d-2h business-hours", "1d-2h business-hours", "1h-5m page", "1h-5m page", "6h-30m page", "6h-30m page");
        }
        assertThat(mocks.ofType(SLO)).noneMatch(s -> s.datadogTags().contains("component:worker"));
    }

    @Test
    void everyMonitorMessageLinksAPlaybookThatShipsWithTheProduct() {
        run("qa");
        assertThat(mocks.ofType(MONITOR)).allSatisfy(m -> {
            String message = (String) m.at("message");
            assertThat(message).containsPattern("Playbook: https://github.com/example/checkout/blob/main/docs/playbooks/[a-z-]+\\.md");
            String file = message.replaceAll("(?s).*Playbook: \\S+/([a-z-]+\\.md).*", "$1");
            assertThat(Path.of("docs/playbooks", file)).as(m.name()).exists();
        });
    }

    @Test
    void urgencyRulesFollowTheSupportHoursOfTheStack() {
        run("qa");
        assertThat(mocks.ofType("pagerduty:index/service:Service")).hasSize(3).allSatisfy(s -> {
            assertThat(s.at("supportHours.timeZone")).isEqualTo("Europe/London");
            assertThat(s.at("supportHours.startTime")).isEqualTo("09:00:00");
            assertThat(s.at("supportHours.endTime")).isEqualTo("17:30:00");
            assertThat((List<?>) s.at("supportHours.daysOfWeeks")).hasSize(5);
            assertThat(s.at("incidentUrgencyRule.type")).isEqualTo("use_support_hours");
            assertThat(s.at("incidentUrgencyRule.duringSupportHours.urgency")).isEqualTo("high");
            assertThat(s.at("incidentUrgencyRule.outsideSupportHours.urgency")).isEqualTo("severity_based");
        });
    }

    @Test
    void autoscaleIsEnabledAndItsMaximumCoversThePlanWithHeadroom() {
        run("prod");
        assertThat(mocks.ofType("azure-native:insights:AutoscaleSetting")).hasSize(3).allSatisfy(a -> {
            assertThat(a.at("enabled")).isEqualTo(true);
            double max = Double.parseDouble((String) a.at("profiles.0.capacity.maximum"));
            double perInstance = Double.parseDouble(String.valueOf(a.azureTags().get("capacity-rps-per-instance")));
            double peak = Double.parseDouble(String.valueOf(a.azureTags().get("capacity-planned-peak-rps")));
            double headroom = Double.parseDouble(String.valueOf(a.azureTags().get("capacity-headroom")));
            assertThat(max * perInstance).as(a.name()).isGreaterThanOrEqualTo(peak * headroom);
            assertThat(Integer.parseInt((String) a.at("profiles.0.capacity.minimum"))).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void prodStatefulResourcesAreProtectedAndTheResourceGroupIsLocked() {
        run("prod");
        for (String type : List.of("azure-native:storage:StorageAccount", "azure-native:keyvault:Vault", "azure-native:keyvault:Key",
                "azure-native:dataprotection:BackupVault", "azure-native:dbforpostgresql:Server")) {
            RecordingMocks.Registration r = mocks.ofType(type).get(0);
            assertThat(mocks.optionsOf(r.name()).isProtect()).as(type).isTrue();
        }
        assertThat(mocks.ofType("azure-native:authorization:ManagementLockAtResourceGroupLevel").get(0).at("level")).isEqualTo("CanNotDelete");
    }

    @Test
    void qaStatefulResourcesAreNotProtected() {
        run("qa");
        RecordingMocks.Registration storage = mocks.ofType("azure-native:storage:StorageAccount").get(0);
        assertThat(mocks.optionsOf(storage.name()).isProtect()).isFalse();
    }

    @Test
    void theComponentCarriesTheResolvedSpecAsItsInputs() {
        run("prod");
        RecordingMocks.Registration component = mocks.named("checkout");
        assertThat(component.type()).isEqualTo("readiness:index:ReadyService");
        assertThat(component.at("product.environment")).isEqualTo("prod");
        assertThat(component.at("components.2.customerFacing")).isEqualTo(false);
        assertThat(component.at("components.0.capacity.minInstances")).isEqualTo(3.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> signOffs = (Map<String, Object>) component.at("signOffs");
        assertThat(signOffs).containsKeys("customer.onboarding", "tech.team-handover").hasSize(6);
    }

    @Test
    void everyChildIsTaggedWithProductComponentEnvironmentAndCriticality() {
        run("qa");
        assertThat(mocks.ofType("azure-native:web:WebApp")).allSatisfy(app -> assertThat(app.azureTags())
                .containsEntry("product", "checkout").containsEntry("environment", "qa").containsKeys("component", "criticality"));
        assertThat(mocks.ofType(MONITOR)).allSatisfy(m -> assertThat(m.datadogTags())
                .contains("product:checkout", "env:qa").anyMatch(t -> t.startsWith("component:")).anyMatch(t -> t.startsWith("criticality:")));
        Map<String, String> criticality = mocks.ofType("azure-native:web:WebApp").stream()
                .collect(Collectors.toMap(a -> (String) a.azureTags().get("component"), a -> (String) a.azureTags().get("criticality")));
        assertThat(criticality).containsEntry("api", "customer-facing").containsEntry("worker", "internal");
    }

    @Test
    void anInvalidStackRegistersNothing() {
        Map<String, String> config = new java.util.HashMap<>(StackFiles.config(Path.of("Pulumi.qa.yaml")));
        config.put("readyservice:data", "{\"backupRetentionDays\": 1, \"redundancy\": \"ZRS\", \"postgres\": true}");
        Function<String, java.util.Optional<String>> source = StackFiles.namespace(config, StackConfigReader.NAMESPACE);
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", "qa", true))
                .runTest(ctx -> App.build(ctx, source, () -> Output.ofSecret("x")));
        assertThat(result.exceptions()).isNotEmpty();
        assertThat(result.exceptions().get(0)).hasMessageContaining("data.backupRetentionDays: got '1'; 7 to 35 days");
        assertThat(mocks.registrations()).noneMatch(r -> !r.type().equals("pulumi:pulumi:Stack"));
    }

    private static String tag(RecordingMocks.Registration r, String key) {
        return r.datadogTags().stream().filter(t -> t.startsWith(key + ":")).map(t -> t.substring(key.length() + 1)).findFirst().orElse("<none>");
    }
}
