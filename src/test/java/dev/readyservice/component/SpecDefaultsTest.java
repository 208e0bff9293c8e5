package dev.readyservice.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the defaults documented on the spec's fields equal to the ones {@link SpecDefaults} applies. */
class SpecDefaultsTest {

    @Test
    void everyDocumentedDefaultIsTheOneApplied() throws IOException {
        assertDocumented("ComponentSpec", "Unset: " + fmt(SpecDefaults.AVAILABILITY_TARGET), "Unset: " + SpecDefaults.LATENCY_THRESHOLD_MILLIS,
                "Unset: " + fmt(SpecDefaults.LATENCY_PERCENTILE), "Unset: " + SpecDefaults.SLO_TIMEFRAME,
                "Unset: {@code " + SpecDefaults.HEALTH_CHECK_PATH + "}", "Unset: true for api and ui, false for worker");
        assertDocumented("CapacityPlan", "Unset: " + SpecDefaults.MIN_INSTANCES_QA + " in qa, " + SpecDefaults.MIN_INSTANCES_PROD + " in prod",
                "Unset: " + fmt(SpecDefaults.HEADROOM));
        assertDocumented("EscalationSpec", "Unset: " + SpecDefaults.ESCALATION_LOOPS);
        assertDocumented("PagingSpec", "Unset: {@code errors} and {@code latency}");
        assertDocumented("DataSpec", "Unset: " + SpecDefaults.BACKUP_RETENTION_DAYS_QA + " in qa, " + SpecDefaults.BACKUP_RETENTION_DAYS_PROD + " in prod",
                "Unset: " + SpecDefaults.REDUNDANCY_QA + " in qa, " + SpecDefaults.REDUNDANCY_PROD + " in prod",
                "Unset: true in prod, false in qa", "Unset: false");
        assertThat(SpecDefaults.PAGE_OUT_OF_HOURS).containsExactly("errors", "latency");
    }

    @Test
    void resolvingFillsEveryOptionalFieldForTheEnvironment() {
        ReadyServiceArgs bare = ReadyServiceArgs.builder().product(Specs.product("qa"))
                .component(new ComponentSpec("api", "API", null, null, null, null, null, new CapacityPlan(1.0, 1.0, null, 2, null), null))
                .component(new ComponentSpec("jobs", "worker", null, null, null, null, null, null, null))
                .paging(new PagingSpec(null, new EscalationSpec(null, List.of()), null)).build();
        ReadyServiceArgs qa = SpecDefaults.resolve(bare);
        ComponentSpec api = qa.components().get(0);
        assertThat(api.kind()).isEqualTo("api");
        assertThat(api.customerFacing()).isTrue();
        assertThat(api.availabilityTarget()).isEqualTo(99.9);
        assertThat(api.latencyThresholdMillis()).isEqualTo(500L);
        assertThat(api.latencyPercentile()).isEqualTo(95.0);
        assertThat(api.sloTimeframe()).isEqualTo("30d");
        assertThat(api.healthCheckPath()).isEqualTo("/healthz");
        assertThat(api.capacity().minInstances()).isEqualTo(1);
        assertThat(api.capacity().headroom()).isEqualTo(1.5);
        assertThat(qa.components().get(1).customerFacing()).isFalse();
        assertThat(qa.components().get(1).capacity()).isNull();
        assertThat(qa.paging().escalation().loops()).isEqualTo(2);
        assertThat(qa.paging().pageOutOfHours()).containsExactly("errors", "latency");
        assertThat(qa.data()).isEqualTo(new DataSpec(7, "ZRS", false, false, null));
        assertThat(qa.product().businessService()).isEqualTo("Online checkout");

        ReadyServiceArgs prod = SpecDefaults.resolve(bare.toBuilder().product(Specs.product("PROD")).build());
        assertThat(prod.product().environment()).isEqualTo("prod");
        assertThat(prod.components().get(0).capacity().minInstances()).isEqualTo(2);
        assertThat(prod.data()).isEqualTo(new DataSpec(30, "GZRS", true, false, null));
    }

    @Test
    void businessServiceDefaultsFromTheProductName() {
        ProductSpec p = Specs.product("qa");
        ReadyServiceArgs args = ReadyServiceArgs.builder().product(new ProductSpec(p.name(), p.team(), null, p.environment(), p.docsUrl(),
                p.playbookBaseUrl(), p.location(), p.subscriptionId(), p.tenantId(), p.pagerDutySubdomain(), p.tlsCertificateSecretId())).build();
        assertThat(SpecDefaults.resolve(args).product().businessService()).isEqualTo("checkout (business)");
    }

    private static void assertDocumented(String type, String... phrases) throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/readyservice/component/" + type + ".java"));
        for (String phrase : phrases) {
            assertThat(source).as(type + " documents '" + phrase + "'").contains(phrase);
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
