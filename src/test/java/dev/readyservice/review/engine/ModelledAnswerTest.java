package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outputs a real preview answers for a new resource and the program did not set are answered
 * unknown: left out, the Java SDK fills them unknown without the resource as their dependency, so a
 * Datadog service object's {@code serviceKey} taken from a PagerDuty integration's key, or a backup
 * policy's {@code vaultName} taken from {@code vault.name()}, lost the property dependency the pack
 * follows.
 */
class ModelledAnswerTest {

    @Test
    void answersAnIntegrationsKeyAndUrlUnknownAndKeepsWhatWasEchoed() {
        var echoed = StructValues.toStruct(Map.of("name", "Datadog", "type", "events_api_v2_inbound_integration"));

        var answer = StructValues.toMap(ResourceMonitorService.withModelledOutputs("pagerduty:index/serviceIntegration:ServiceIntegration", echoed));

        assertThat(answer).containsEntry("name", "Datadog").containsEntry("integrationKey", WireValues.UNKNOWN)
                .containsEntry("htmlUrl", WireValues.UNKNOWN).doesNotContainKey("id");
    }

    @Test
    void leavesTypesThatAreNotBridgedAndSetPropertiesAlone() {
        var echoed = StructValues.toStruct(Map.of("htmlUrl", "https://x.pagerduty.com/teams/T"));
        assertThat(StructValues.toMap(ResourceMonitorService.withModelledOutputs("pagerduty:index/team:Team", echoed)))
                .containsEntry("htmlUrl", "https://x.pagerduty.com/teams/T");
        assertThat(ResourceMonitorService.withModelledOutputs("test:index:Box", echoed)).isEqualTo(echoed);
    }

    @Test
    void answersAnAzureNativeResourcesResponsePropertiesUnknownAndKeepsWhatWasEchoed() {
        var echoed = StructValues.toStruct(Map.of("accountName", "shopdata", "location", "westeurope"));

        var answer = StructValues.toMap(ResourceMonitorService.withModelledOutputs("azure-native:storage:StorageAccount", echoed));

        assertThat(answer).containsEntry("location", "westeurope").containsEntry("accountName", "shopdata")
                .containsEntry("name", WireValues.UNKNOWN).containsEntry("primaryEndpoints", WireValues.UNKNOWN)
                .doesNotContainKey("id").doesNotContainKey("urn");
        assertThat(ResourceMonitorService.withModelledOutputs("azure-native:nosuchmodule:Thing", echoed)).isEqualTo(echoed);
    }
}
