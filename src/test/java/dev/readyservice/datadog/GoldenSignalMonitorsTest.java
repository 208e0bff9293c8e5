package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.model.AlertClass;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoldenSignalMonitorsTest {

    private static RecordingMocks create(DatadogComponent c) {
        return MockRun.run(ctx -> GoldenSignalMonitors.create("checkout-api", c, NO_OPTIONS));
    }

    @Test
    void customerFacingApiGetsAllEightGoldenSignalMonitors() {
        var mocks = create(TestComponents.api());

        // The SDK registers resources concurrently: which eight, not in which order.
        assertThat(mocks.ofType(Monitor.TYPE)).extracting(RecordingMocks.Registration::name).containsExactlyInAnyOrder(
                "checkout-api-latency-threshold", "checkout-api-latency-anomaly",
                "checkout-api-traffic-threshold", "checkout-api-traffic-anomaly",
                "checkout-api-errors-threshold", "checkout-api-errors-anomaly",
                "checkout-api-saturation-threshold", "checkout-api-saturation-anomaly");
        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.strings("tags"))
                .contains("service:checkout-api", "env:prod", "product:checkout", "component:api", "criticality:customer-facing"));
    }

    /**
     * The api's exact queries: latency compares Azure's response time with the threshold in seconds,
     * errors are the ratio of 5xx to all requests, the anomaly monitor uses the basic algorithm with
     * windows matching its thresholds' (see {@link #anomalyMonitorsUseTheBasicAlgorithmWithMatchingWindows}).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "checkout-api-latency-threshold | avg(last_5m):avg:azure.app_services.response_time{resource_group:rg-checkout-prod,name:checkout-api-prod} > 0.5",
        "checkout-api-errors-threshold  | sum(last_5m):sum:azure.app_services.http5xx{resource_group:rg-checkout-prod,name:checkout-api-prod}.as_count()"
                + " / sum:azure.app_services.requests{resource_group:rg-checkout-prod,name:checkout-api-prod}.as_count() > 0.01",
        "checkout-api-latency-anomaly   | avg(last_1h):anomalies(avg:azure.app_services.response_time{resource_group:rg-checkout-prod,name:checkout-api-prod},"
                + " 'basic', 2, direction='above', alert_window='last_15m', interval=60, count_default_zero='true') >= 1"})
    void apiMonitorsQueryTheirSignalOfTheApp(String monitor, String query) {
        assertThat(create(TestComponents.api()).named(monitor).string("query")).isEqualTo(query);
    }

    @Test
    void apiLatencyIsAQueryAlertWithTheThresholdInSecondsAndAzuresDelay() {
        var latency = create(TestComponents.api()).named("checkout-api-latency-threshold");

        assertThat(latency.string("type")).isEqualTo("query alert");
        assertThat(latency.map("monitorThresholds")).containsEntry("critical", "0.5").containsEntry("warning", "0.4");
        assertThat(latency.inputs()).containsEntry("evaluationDelay", 900.0);
    }

    @Test
    void saturationWatchesThePlanCpuNotTheApp() {
        var saturation = create(TestComponents.api()).named("checkout-api-saturation-threshold");

        assertThat(saturation.string("query")).contains("azure.web_serverfarms.cpu_percentage{resource_group:rg-checkout-prod,name:checkout-plan-prod}")
                .doesNotContain("checkout-api-prod");
    }

    @Test
    void trafficAlertsWhenRequestsFallBelowTheFloor() {
        var traffic = create(TestComponents.api()).named("checkout-api-traffic-threshold");

        // 10 requests per minute over 15 minutes; business hours, so critical is half the floor.
        assertThat(traffic.string("query")).startsWith("sum(last_15m):sum:azure.app_services.requests{").endsWith(" < 75");
        assertThat(traffic.map("monitorThresholds")).containsEntry("critical", "75").containsEntry("warning", "150");
    }

    @Test
    void requestsThatStopAlertLikeADropRatherThanSittingInNoData() {
        var mocks = create(TestComponents.api());

        // No request sends Datadog no point: 'default' evaluates the sum of counts as 0, below the floor.
        var traffic = mocks.named("checkout-api-traffic-threshold");
        assertThat(traffic.string("query")).startsWith("sum(last_15m):sum:").contains(".as_count() < ");
        assertThat(traffic.inputs()).containsEntry("onMissingData", "default");
        // Rises in trouble never alert at 0, and the anomaly monitor reads a stopped count as zeros.
        for (String signal : List.of("latency", "errors", "saturation")) {
            assertThat(mocks.named("checkout-api-" + signal + "-threshold").inputs()).as(signal).doesNotContainKey("onMissingData");
        }
        assertThat(mocks.named("checkout-api-traffic-anomaly").string("query")).contains(".as_count(), 'basic'").contains("count_default_zero='true'");
    }

    @Test
    void workerWatchesApmJobMetricsWithoutAzureDelay() {
        var mocks = MockRun.run(ctx -> GoldenSignalMonitors.create("checkout-jobs", TestComponents.worker(), NO_OPTIONS));

        var latency = mocks.named("checkout-jobs-latency-threshold");
        assertThat(latency.string("query")).isEqualTo("percentile(last_5m):p99.9:trace.worker.job{service:checkout-jobs,env:prod} > 4");
        assertThat(latency.inputs()).doesNotContainKey("evaluationDelay");
        assertThat(mocks.named("checkout-jobs-errors-threshold").string("query")).contains(
                "sum:trace.worker.job.errors{service:checkout-jobs,env:prod}.as_count() / sum:trace.worker.job.hits{service:checkout-jobs,env:prod}.as_count()");
        assertThat(mocks.named("checkout-jobs-traffic-threshold").string("query")).contains("trace.worker.job.hits");
        // Saturation still comes from the (Azure) plan, so it keeps the delay.
        assertThat(mocks.named("checkout-jobs-saturation-threshold").inputs()).containsEntry("evaluationDelay", 900.0);
    }

    @Test
    void aFunctionAppIsWatchedWithAzureFunctionsMetricsAndItsPlanCpu() {
        var mocks = MockRun.run(ctx -> GoldenSignalMonitors.create("checkout-api", TestComponents.functionApp(), NO_OPTIONS));
        String app = "{resource_group:rg-checkout-prod,name:checkout-func-prod}";

        assertThat(mocks.named("checkout-api-latency-threshold").string("query"))
                .isEqualTo("avg(last_5m):avg:azure.functions.response_time" + app + " > 0.5");
        assertThat(mocks.named("checkout-api-traffic-threshold").string("query"))
                .isEqualTo("sum(last_15m):sum:azure.functions.requests" + app + ".as_count() < 75");
        assertThat(mocks.named("checkout-api-errors-threshold").string("query")).isEqualTo("sum(last_5m):sum:azure.functions.http5xx" + app
                + ".as_count() / sum:azure.functions.requests" + app + ".as_count() > 0.01");
        assertThat(mocks.named("checkout-api-saturation-threshold").string("query"))
                .contains("avg:azure.web_serverfarms.cpu_percentage{resource_group:rg-checkout-prod,name:checkout-plan-prod}");
        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.string("query")).doesNotContain("azure.app_services"));
    }

    @Test
    void aFunctionAppOnAPlanThePlatformScalesWatchesItsOwnMemoryNotThePlanCpu() {
        var mocks = MockRun.run(ctx -> GoldenSignalMonitors.create("checkout-api",
                TestComponents.functionApp().toBuilder().instanceMemoryMb(2048).build(), NO_OPTIONS));
        String memory = "avg:azure.functions.memory_working_set{resource_group:rg-checkout-prod,name:checkout-func-prod} / 2147483648 * 100";

        // Saturation that does not page out of hours alerts at 95% (of one 2048 MB instance's memory).
        assertThat(mocks.named("checkout-api-saturation-threshold").string("query")).isEqualTo("avg(last_10m):" + memory + " > 95");
        assertThat(mocks.named("checkout-api-saturation-anomaly").string("query")).startsWith("avg(last_1h):anomalies(" + memory + ", 'basic', 2");
        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.string("query")).doesNotContain("azure.web_serverfarms"));
        // Only a function app states an instance memory, and a positive one.
        assertThatThrownBy(() -> TestComponents.api().toBuilder().instanceMemoryMb(2048).build()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instanceMemoryMb 2048 is only for a function app on a plan the platform scales");
        assertThatThrownBy(() -> TestComponents.functionApp().toBuilder().instanceMemoryMb(0).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContainerAppCountsItsFiveHundredsByStatusClassAndTakesLatencyFromTheStatedApmOperation() {
        var mocks = MockRun.run(ctx -> GoldenSignalMonitors.create("checkout-api", TestComponents.containerApp(), NO_OPTIONS));
        String app = "resource_group:rg-checkout-prod,name:checkout-aca-prod";

        var latency = mocks.named("checkout-api-latency-threshold");
        assertThat(latency.string("query"))
                .isEqualTo("percentile(last_5m):p95:trace.aspnet_core.request{service:checkout-api,env:prod} > 0.5");
        assertThat(latency.inputs()).as("APM metrics arrive without the Azure integration's delay").doesNotContainKey("evaluationDelay");
        assertThat(mocks.named("checkout-api-traffic-threshold").string("query"))
                .isEqualTo("sum(last_15m):sum:azure.app_containerapps.requests{" + app + "}.as_count() < 75");
        assertThat(mocks.named("checkout-api-errors-threshold").string("query")).isEqualTo("sum(last_5m):sum:azure.app_containerapps.requests{"
                + app + ",statuscodecategory:5xx}.as_count() / sum:azure.app_containerapps.requests{" + app + "}.as_count() > 0.01");
        var saturation = mocks.named("checkout-api-saturation-threshold");
        assertThat(saturation.string("query")).contains("avg:azure.app_containerapps.cpu_percentage{" + app + "}");
        assertThat(saturation.inputs()).containsEntry("evaluationDelay", 900.0);
        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.string("query"))
                .doesNotContain("azure.app_services").doesNotContain("web_serverfarms").doesNotContain("null"));
    }

    @Test
    void anomalyMonitorsUseTheBasicAlgorithmWithMatchingWindows() {
        var anomaly = create(TestComponents.api()).named("checkout-api-latency-anomaly");

        assertThat(anomaly.map("monitorThresholdWindows"))
                .containsEntry("triggerWindow", "last_15m").containsEntry("recoveryWindow", "last_15m");
        assertThat(anomaly.map("monitorThresholds")).containsEntry("critical", "1");
        assertThat(anomaly.strings("tags")).contains("monitor-kind:anomaly", "routing:business-hours", "golden-signal:latency");
    }

    @Test
    void trafficAnomaliesWatchDropsAsWellAsSpikes() {
        assertThat(create(TestComponents.api()).named("checkout-api-traffic-anomaly").string("query")).contains("direction='both'");
    }

    @Test
    void thresholdMonitorsPageOnlyForSignalsChosenToPageOutOfHours() {
        var mocks = create(TestComponents.api());

        assertThat(mocks.named("checkout-api-latency-threshold").strings("tags")).contains("routing:page");
        assertThat(mocks.named("checkout-api-errors-threshold").strings("tags")).contains("routing:page");
        assertThat(mocks.named("checkout-api-traffic-threshold").strings("tags")).contains("routing:business-hours");
        assertThat(mocks.named("checkout-api-saturation-threshold").strings("tags")).contains("routing:business-hours");
    }

    @Test
    void internalComponentNeverPagesEvenForChosenSignals() {
        var internal = TestComponents.withRouting(TestComponents.api(), false, Set.of(AlertClass.LATENCY, AlertClass.TRAFFIC, AlertClass.ERRORS, AlertClass.SATURATION));
        var mocks = create(internal);

        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.strings("tags"))
                .contains("routing:business-hours", "criticality:internal").doesNotContain("routing:page"));
    }

    @Test
    void businessHoursThresholdPutsCriticalStrictlyBeyondTheWarning() {
        var c = TestComponents.withRouting(TestComponents.api(), true, Set.of());
        var mocks = create(c);

        var latency = mocks.named("checkout-api-latency-threshold");
        assertThat(latency.map("monitorThresholds")).containsEntry("warning", "0.5").containsEntry("critical", "1");
        assertThat(latency.string("query")).endsWith("> 1");
        var saturation = mocks.named("checkout-api-saturation-threshold");
        assertThat(saturation.map("monitorThresholds")).containsEntry("warning", "80").containsEntry("critical", "95");
    }

    @Test
    void everyMonitorHasACriticalThresholdAsAString() {
        var mocks = create(TestComponents.api());

        assertThat(mocks.ofType(Monitor.TYPE)).allSatisfy(m -> assertThat(m.map("monitorThresholds").get("critical"))
                .isInstanceOf(String.class));
    }

    @Test
    void createdRecordListsThresholdThenAnomalyMonitors() {
        List<Monitor>[] all = new List[1];
        MockRun.run(ctx -> all[0] = GoldenSignalMonitors.create("x", TestComponents.api(), NO_OPTIONS).all());

        assertThat(all[0]).hasSize(8);
    }
}
