package dev.readyservice.datadog;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.ComponentResource;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.PulumiTest;
import dev.readyservice.datadog.bindings.DatadogPlugin;
import dev.readyservice.datadog.bindings.Monitor;
import dev.readyservice.testsupport.RecordingMocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatadogPluginTest {

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void pinnedVersionWinsOverTheCallersAndEverythingElseSurvives() {
        var caller = CustomResourceOptions.builder().version("4.0.0").protect(true).ignoreChanges("message").build();

        var merged = DatadogPlugin.withPinnedVersion(caller, "serviceKey");

        assertThat(merged.getVersion()).contains("5.8.0");
        assertThat(merged.getProtect()).contains(true);
        assertThat(merged.getIgnoreChanges()).containsExactly("message");
        assertThat(merged.getAdditionalSecretOutputs()).containsExactly("serviceKey");
    }

    @Test
    void noCallerOptionsStillPinsTheVersionWithoutSecrets() {
        var merged = DatadogPlugin.withPinnedVersion(null);

        assertThat(merged.getVersion()).contains(DatadogPlugin.VERSION);
        assertThat(merged.getAdditionalSecretOutputs()).isEmpty();
    }

    @Test
    void factoriesRegisterUnderTheCallersParent() {
        var mocks = RecordingMocks.echoingInputs();
        var result = PulumiTest.withMocks(mocks).runTest(ctx -> {
            var parent = new ComponentResource("readiness:index:ReadyService", "checkout");
            var options = CustomResourceOptions.builder().parent(parent).build();
            ComponentMonitoring.create("checkout-api", TestComponents.api(), BurnRateAlerts.OverLimit.REFUSE, options);
        });

        assertThat(result.exceptions()).isEmpty();
        var monitors = result.resources().stream().filter(r -> r instanceof Monitor).toList();
        assertThat(monitors).hasSize(14).allSatisfy(m -> assertThat(PulumiTest.extractValue(m.urn()))
                .contains("$readiness:index:ReadyService$datadog:index/monitor:Monitor::checkout-api-"));
    }

    @Test
    void pinningLeavesTheCallersOptionsAndTheSharedEmptyOptionsUntouched() {
        var callers = com.pulumi.resources.CustomResourceOptions.builder().protect(true).build();
        dev.readyservice.datadog.bindings.DatadogPlugin.withPinnedVersion(callers, "serviceKey");
        dev.readyservice.datadog.bindings.DatadogPlugin.withPinnedVersion(null);
        org.assertj.core.api.Assertions.assertThat(callers.getVersion()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(callers.getAdditionalSecretOutputs()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(com.pulumi.resources.CustomResourceOptions.Empty.getVersion()).isEmpty();
    }
}
