package dev.readyservice.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.analyzer.EnforcementLevel;
import dev.readyservice.analyzer.PolicyDescriptor;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UncheckedInProdTest {
    private static Preview preview(String stack, String specEnvironment) {
        List<RecordedResource> resources = specEnvironment == null ? List.of() : List.of(new RecordedResource("urn:rs",
                ProductView.READY_SERVICE_TYPE, "rs", false, "", Map.of("product", Map.of("environment", specEnvironment)), List.of(),
                Map.of(), "", false, false, "", ""));
        return new Preview("shop", stack, resources, List.of(), Set.of(), Duration.ZERO);
    }

    private static PolicyDescriptor policy(String name, EnforcementLevel level) {
        return new PolicyDescriptor(name, List.of("security.backups"), level, false, List.of(), "");
    }

    @Test
    void theSpecsEnvironmentDecidesElseTheStackName() {
        assertThat(UncheckedInProd.isProd(preview("qa", "prod"))).isTrue();
        assertThat(UncheckedInProd.isProd(preview("prod", "qa"))).isFalse();
        assertThat(UncheckedInProd.isProd(preview("production", null))).isTrue();
        assertThat(UncheckedInProd.isProd(preview("staging", null))).isFalse();
    }

    @Test
    void onlyADisabledPolicyInProdLeavesItsItemNotChecked() {
        List<PolicyDescriptor> oneDisabled = List.of(policy("missing-backups", EnforcementLevel.MANDATORY),
                policy("enable-resource-protection", EnforcementLevel.DISABLED));

        assertThat(UncheckedInProd.decide(oneDisabled, true)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(ItemStatus.FAIL);
            assertThat(d.reason()).startsWith("not checked: the policy config disables enable-resource-protection,");
        });
        assertThat(UncheckedInProd.decide(oneDisabled, false)).isEmpty();
        assertThat(UncheckedInProd.decide(List.of(policy("missing-backups", EnforcementLevel.ADVISORY)), true)).isEmpty();
    }
}
