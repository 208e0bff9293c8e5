package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A bridged resource's output-only properties are answered unknown, as a bridged provider's preview
 * answers them: left out, the Java SDK fills them unknown without the resource as their dependency,
 * and a Datadog service object's {@code serviceKey} taken from a PagerDuty integration's key lost
 * the property dependency the pack follows (support.out-of-hours).
 */
class BridgedAnswerTest {

    @Test
    void answersAnIntegrationsKeyAndUrlUnknownAndKeepsWhatWasEchoed() {
        var echoed = StructValues.toStruct(Map.of("name", "Datadog", "type", "events_api_v2_inbound_integration"));

        var answer = StructValues.toMap(ResourceMonitorService.withBridgedOutputs("pagerduty:index/serviceIntegration:ServiceIntegration", echoed));

        assertThat(answer).containsEntry("name", "Datadog").containsEntry("integrationKey", WireValues.UNKNOWN)
                .containsEntry("htmlUrl", WireValues.UNKNOWN).doesNotContainKey("id");
    }

    @Test
    void leavesTypesThatAreNotBridgedAndSetPropertiesAlone() {
        var echoed = StructValues.toStruct(Map.of("htmlUrl", "https://x.pagerduty.com/teams/T"));
        assertThat(StructValues.toMap(ResourceMonitorService.withBridgedOutputs("pagerduty:index/team:Team", echoed)))
                .containsEntry("htmlUrl", "https://x.pagerduty.com/teams/T");
        assertThat(ResourceMonitorService.withBridgedOutputs("azure-native:web:WebApp", echoed)).isEqualTo(echoed);
        assertThat(ResourceMonitorService.withBridgedOutputs("test:index:Box", echoed)).isEqualTo(echoed);
    }
}
