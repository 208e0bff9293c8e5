package dev.readyservice.datadog;

import static dev.readyservice.datadog.MockRun.NO_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceLevelObjectivesTest {

    private static final String FILTER = "{resource_group:rg-checkout-prod,name:checkout-api-prod}";

    @Test
    void availabilitySloCountsTwoAndThreeHundredsAsGoodOverAllRequests() {
        var slo = MockRun.run(ctx -> ServiceLevelObjectives.create("checkout-api", TestComponents.api(), NO_OPTIONS))
                .named("checkout-api-availability-slo");

        assertThat(slo.string("type")).isEqualTo("metric");
        assertThat(slo.string("name")).isEqualTo("checkout-api-availability");
        assertThat(slo.map("query")).containsEntry("numerator",
                "sum:azure.app_services.http2xx" + FILTER + ".as_count() + sum:azure.app_services.http3xx" + FILTER + ".as_count()")
                .containsEntry("denominator", "sum:azure.app_services.requests" + FILTER + ".as_count()");
        assertThat(slo.inputs().get("thresholds")).isEqualTo(List.of(Map.of("timeframe", "30d", "target", 99.9)));
        assertThat(slo.strings("tags")).containsExactly("service:checkout-api", "env:prod", "product:checkout", "component:api",
                "criticality:customer-facing", "sli:availability");
    }

    @Test
    @SuppressWarnings("unchecked")
    void latencySloIsATimeSliceAtOrUnderTheThresholdInSeconds() {
        var slo = MockRun.run(ctx -> ServiceLevelObjectives.create("checkout-api", TestComponents.api(), NO_OPTIONS))
                .named("checkout-api-latency-slo");

        assertThat(slo.string("type")).isEqualTo("time_slice");
        assertThat(slo.inputs()).doesNotContainKey("query");
        var timeSlice = (Map<String, Object>) slo.map("sliSpecification").get("timeSlice");
        assertThat(timeSlice).containsEntry("comparator", "<=").containsEntry("threshold", 0.5).containsEntry("queryIntervalSeconds", 60.0);
        var query = (Map<String, Object>) timeSlice.get("query");
        assertThat(query.get("formula")).isEqualTo(Map.of("formulaExpression", "query1"));
        assertThat(query.get("queries")).isEqualTo(List.of(Map.of("metricQuery", Map.of(
                "name", "query1", "query", "avg:azure.app_services.response_time" + FILTER, "dataSource", "metrics"))));
        assertThat(slo.strings("tags")).contains("sli:latency");
    }

    @Test
    @SuppressWarnings("unchecked")
    void workerSlosUseHitsMinusErrorsAndTheConfiguredPercentile() {
        var mocks = MockRun.run(ctx -> ServiceLevelObjectives.create("checkout-jobs", TestComponents.worker(), NO_OPTIONS));

        String jobs = "{service:checkout-jobs,env:prod}";
        assertThat(mocks.named("checkout-jobs-availability-slo").map("query"))
                .containsEntry("numerator", "sum:trace.worker.job.hits" + jobs + ".as_count() - sum:trace.worker.job.errors" + jobs + ".as_count()")
                .containsEntry("denominator", "sum:trace.worker.job.hits" + jobs + ".as_count()");
        var timeSlice = (Map<String, Object>) mocks.named("checkout-jobs-latency-slo").map("sliSpecification").get("timeSlice");
        assertThat(timeSlice.toString()).contains("query=p99.9:trace.worker.job" + jobs);
        assertThat(timeSlice).containsEntry("threshold", 2.0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aContainerAppsGoodRequestsAreItsRequestsNotAnswered5xxAndItsLatencyTheStatedOperation() {
        var mocks = MockRun.run(ctx -> ServiceLevelObjectives.create("checkout-api", TestComponents.containerApp(), NO_OPTIONS));

        String app = "resource_group:rg-checkout-prod,name:checkout-aca-prod";
        var availability = mocks.named("checkout-api-availability-slo");
        assertThat(availability.map("query"))
                .containsEntry("numerator", "sum:azure.app_containerapps.requests{" + app + ",!statuscodecategory:5xx}.as_count()")
                .containsEntry("denominator", "sum:azure.app_containerapps.requests{" + app + "}.as_count()");
        assertThat(availability.string("description")).isEqualTo("99.9% of checkout-api requests not answered 5xx over 30d.");
        var timeSlice = (Map<String, Object>) mocks.named("checkout-api-latency-slo").map("sliSpecification").get("timeSlice");
        assertThat(timeSlice.toString()).contains("query=p95:trace.aspnet_core.request{service:checkout-api,env:prod}");
    }

    @Test
    void aFunctionAppsSlosUseAzureFunctionsMetrics() {
        var mocks = MockRun.run(ctx -> ServiceLevelObjectives.create("checkout-api", TestComponents.functionApp(), NO_OPTIONS));

        String app = "{resource_group:rg-checkout-prod,name:checkout-func-prod}";
        assertThat(mocks.named("checkout-api-availability-slo").map("query"))
                .containsEntry("numerator", "sum:azure.functions.http2xx" + app + ".as_count() + sum:azure.functions.http3xx" + app + ".as_count()")
                .containsEntry("denominator", "sum:azure.functions.requests" + app + ".as_count()");
        assertThat(mocks.named("checkout-api-latency-slo").map("sliSpecification").toString())
                .contains("query=avg:azure.functions.response_time" + app);
    }
}
