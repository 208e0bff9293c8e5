package dev.readyservice.analyzer;

import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small preview: a component, an explicit provider, a storage account with a secret, a monitor on the default provider. */
final class AnalyzerFixtures {
    static final String STACK_URN = "urn:pulumi:qa::shop::pulumi:pulumi:Stack::shop-qa";
    static final String COMPONENT_URN = "urn:pulumi:qa::shop::readiness:index:ReadyService::shop";
    static final String PROVIDER_URN = "urn:pulumi:qa::shop::pulumi:providers:azure-native::azure";
    static final String STORAGE_URN = "urn:pulumi:qa::shop::readiness:index:ReadyService$azure-native:storage:StorageAccount::shop-data";
    static final String MONITOR_URN = "urn:pulumi:qa::shop::readiness:index:ReadyService$datadog:index/monitor:Monitor::shop-api-latency";
    static final String SECRET = "hunter2-do-not-leak";

    private AnalyzerFixtures() {
    }

    static Preview preview() {
        RecordedResource stack = new RecordedResource(STACK_URN, "pulumi:pulumi:Stack", "shop-qa", false, "", Map.of(),
                List.of(), Map.of(), "", false, false, "", "");
        RecordedResource component = new RecordedResource(COMPONENT_URN, "readiness:index:ReadyService", "shop", false, STACK_URN,
                Map.of("product", "shop"), List.of(), Map.of(), "", false, false, "", "")
                .withOutputs(Map.of("resourceGroupName", WireValues.UNKNOWN));
        RecordedResource provider = new RecordedResource(PROVIDER_URN, "pulumi:providers:azure-native", "azure", true, STACK_URN,
                Map.of("location", "westeurope"), List.of(), Map.of(), "", false, false, "", "2.10.0");
        RecordedResource storage = new RecordedResource(STORAGE_URN, "azure-native:storage:StorageAccount", "shop-data", true,
                COMPONENT_URN,
                Map.of("minimumTlsVersion", "TLS1_2", "accessKey", Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", SECRET),
                        "id", WireValues.UNKNOWN, "accountName", "shopdata"),
                List.of(PROVIDER_URN), Map.of("location", List.of(PROVIDER_URN)), PROVIDER_URN + "::" + WireValues.UNKNOWN,
                true, false, "", "2.10.0");
        RecordedResource monitor = new RecordedResource(MONITOR_URN, "datadog:index/monitor:Monitor", "shop-api-latency", true,
                COMPONENT_URN, Map.of("type", "metric alert", "priority", 2), List.of(), Map.of(), "", false, false, "", "3.40.0");
        return new Preview("shop", "qa", List.of(stack, component, provider, storage, monitor), List.of(), Set.of(), Duration.ofSeconds(3));
    }

    static List<PolicyDescriptor> manifest() {
        return List.of(
                new PolicyDescriptor("enable-storage-encryption", List.of("security.encryption-at-rest"), EnforcementLevel.MANDATORY,
                        false, List.of("azure-native:storage:StorageAccount"), "storage is encrypted"),
                new PolicyDescriptor("missing-golden-signal-monitors", List.of("monitoring.golden-signals", "monitoring.anomaly-alerts"),
                        EnforcementLevel.MANDATORY, false, List.of("datadog:index/monitor:Monitor"), "golden signals"));
    }
}
