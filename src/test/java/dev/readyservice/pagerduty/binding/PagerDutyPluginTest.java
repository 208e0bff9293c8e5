package dev.readyservice.pagerduty.binding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import org.junit.jupiter.api.Test;

class PagerDutyPluginTest {

    @Test
    void pinsThePluginVersionWhenTheCallerGivesNoOptions() {
        var options = PagerDutyPlugin.withPinnedVersion(null);

        assertThat(options.getVersion()).contains("4.34.0");
        assertThat(options.getParent()).isEmpty();
        assertThat(options.getAdditionalSecretOutputs()).isEmpty();
    }

    @Test
    void keepsTheCallersParentAndProtect() {
        Resource parent = mock(Resource.class);
        var options = PagerDutyPlugin.withPinnedVersion(
                CustomResourceOptions.builder().parent(parent).protect(true).build());

        assertThat(options.getVersion()).contains(PagerDutyPlugin.VERSION);
        assertThat(options.getParent()).containsSame(parent);
        assertThat(options.getProtect()).contains(true);
    }

    @Test
    void thePinWinsOverAVersionTheCallerSetAsForEveryProviderWeBind() {
        var options = PagerDutyPlugin.withPinnedVersion(CustomResourceOptions.builder().version("4.35.0").build());

        assertThat(options.getVersion()).contains("4.34.0");
    }

    @Test
    void secretOutputsAddToTheCallers() {
        var options = PagerDutyPlugin.withPinnedVersion(
                CustomResourceOptions.builder().additionalSecretOutputs("htmlUrl").build(), "integrationKey");

        assertThat(options.getAdditionalSecretOutputs()).containsExactlyInAnyOrder("htmlUrl", "integrationKey");
    }
}
