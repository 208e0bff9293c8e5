package dev.readyservice.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.model.AlertClass;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The values are judged by SpecValidator; this record only derives names from them. */
class DatadogComponentTest {

    @Test
    void validComponentExposesDerivedNames() {
        var c = TestComponents.api();

        assertThat(c.serviceName()).isEqualTo("checkout-api");
        assertThat(c.criticality()).isEqualTo("customer-facing");
        assertThat(TestComponents.worker().criticality()).isEqualTo("internal");
        assertThat(c.playbookUrl(AlertClass.AVAILABILITY_BURN)).isEqualTo("https://runbooks.example.com/checkout/api/availability-burn.md");
    }

    @Test
    void trailingSlashOfPlaybookBaseIsNotDoubled() {
        var c = TestComponents.api().toBuilder().playbookBaseUrl("https://runbooks.example.com/").build();

        assertThat(c.playbookUrl(AlertClass.LATENCY)).isEqualTo("https://runbooks.example.com/latency.md");
    }

    @Test
    void theBuilderCopiesEveryValueAndThePageOutOfHoursSetCannotChangeLater() {
        var original = TestComponents.api();
        var classes = new java.util.HashSet<>(Set.of(AlertClass.ERRORS));
        var copy = original.toBuilder().pageOutOfHours(classes).build();
        classes.add(AlertClass.TRAFFIC);

        assertThat(original.toBuilder().build()).isEqualTo(original);
        assertThat(copy.pageOutOfHours()).containsExactly(AlertClass.ERRORS);
    }

    @Test
    void anApiOnAContainerAppWithoutItsLatencyOperationIsRefused() {
        var withoutOperation = TestComponents.containerApp().toBuilder().latencyOperation(null);

        org.assertj.core.api.Assertions.assertThatThrownBy(withoutOperation::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("give latencyOperation");
        assertThat(TestComponents.containerApp().latencyOperation()).isEqualTo("aspnet_core.request");
        assertThat(withoutOperation.kind(dev.readyservice.model.ComponentKind.WORKER).build().latencyOperation()).as("a worker's latency is its jobs'")
                .isNull();
    }
}
