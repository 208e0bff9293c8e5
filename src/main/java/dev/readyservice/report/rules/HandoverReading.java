package dev.readyservice.report.rules;

import dev.readyservice.report.HandoverFacts;
import dev.readyservice.report.ResourceSummary;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@link HandoverFacts} of a preview: the inputs of each resource type the handover pack shows. */
final class HandoverReading {
    private final Preview preview;
    private final Map<String, String> components = new HashMap<>();

    private HandoverReading(Preview preview, List<ResourceSummary> resources) {
        this.preview = preview;
        resources.forEach(r -> components.put(r.urn(), r.component()));
    }

    /**
     * @param resources the report's resources of {@code preview}, which say the component of each
     */
    static HandoverFacts of(Preview preview, List<ResourceSummary> resources) {
        return new HandoverReading(preview, resources).facts();
    }

    private HandoverFacts facts() {
        return new HandoverFacts(
                ofType(ProviderTypes.MONITOR).stream().map(r -> new HandoverFacts.Monitor(r.urn(), component(r), title(r), input(r, "tags"),
                        input(r, "type"), input(r, "monitorThresholds"), input(r, "message"))).toList(),
                ofType(ProviderTypes.SLO).stream().map(r -> new HandoverFacts.Slo(component(r), title(r), input(r, "tags"),
                        input(r, "type"), input(r, "thresholds"))).toList(),
                ofType(ProviderTypes.ESCALATION_POLICY).stream().map(r -> new HandoverFacts.EscalationPolicy(title(r),
                        input(r, "numLoops"), input(r, "rules"))).toList(),
                ofType(ProviderTypes.PAGERDUTY_SERVICE).stream().map(r -> new HandoverFacts.PagerDutyService(component(r), title(r),
                        dependency(r, "escalationPolicy", ProviderTypes.ESCALATION_POLICY).map(HandoverReading::title),
                        input(r, "escalationPolicy"), input(r, "incidentUrgencyRule"), input(r, "supportHours"))).toList(),
                ofType(ProviderTypes.AUTOSCALE_SETTING).stream().map(r -> new HandoverFacts.AutoscaleSetting(component(r), r.name(),
                        input(r, "tags"), input(r, "profiles"))).toList(),
                ofType(ProviderTypes.BACKUP_VAULT).stream().map(r -> new HandoverFacts.BackupVault(r.name(), input(r, "properties"))).toList(),
                ofType(ProviderTypes.BACKUP_POLICY).stream().map(r -> new HandoverFacts.BackupPolicy(r.name(), input(r, "properties"))).toList(),
                ofType(ProviderTypes.BACKUP_INSTANCE).stream().map(r -> new HandoverFacts.BackupInstance(r.name(), input(r, "properties"),
                        dependency(r, "properties", ProviderTypes.BACKUP_POLICY).map(RecordedResource::name))).toList(),
                ofType(ProviderTypes.STORAGE_ACCOUNT).stream().map(r -> new HandoverFacts.StorageAccount(component(r), r.name(),
                        input(r, "sku"))).toList(),
                ofType(ProviderTypes.BLOB_SERVICE).stream().map(r -> new HandoverFacts.BlobService(r.name(), input(r, "deleteRetentionPolicy"),
                        input(r, "containerDeleteRetentionPolicy"), input(r, "isVersioningEnabled"), input(r, "restorePolicy"),
                        input(r, "changeFeed"))).toList(),
                ofType(ProviderTypes.POSTGRES_SERVER).stream().map(r -> new HandoverFacts.PostgresServer(component(r), r.name(),
                        input(r, "backup"), input(r, "highAvailability"))).toList());
    }

    /**
     * The custom resources of {@code type}, by component (product-wide last) then name: the SDK
     * registers concurrently, so registration order would change from run to run.
     */
    private List<RecordedResource> ofType(String type) {
        return preview.resources().stream().filter(r -> r.custom() && r.type().equals(type))
                .sorted(Comparator.comparing((RecordedResource r) -> component(r).isEmpty())
                        .thenComparing(this::component)
                        .thenComparing(RecordedResource::name))
                .toList();
    }

    private String component(RecordedResource resource) {
        return components.getOrDefault(resource.urn(), "");
    }

    /** The resource one input property depends on, when the program passed another resource's output there. */
    private Optional<RecordedResource> dependency(RecordedResource resource, String property, String type) {
        List<String> urns = resource.propertyDependencies().getOrDefault(property, List.of());
        return preview.resources().stream().filter(r -> urns.contains(r.urn()) && r.type().equals(type)).findFirst();
    }

    private static Object input(RecordedResource resource, String key) {
        return withoutSecretValues(resource.inputs().get(key));
    }

    /**
     * The value with every wire secret emptied to its bare marker: the renderers show a secret as
     * such and never read past it, and the report, unlike the preview, is passed around and printed
     * (a record's {@code toString}), so it never holds a secret's value.
     */
    static Object withoutSecretValues(Object value) {
        if (WireValues.isSecret(value)) {
            return Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, withoutSecretValues(v)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(withoutSecretValues(v)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /** The {@code name} input when it is text, else the resource name. */
    private static String title(RecordedResource resource) {
        return resource.inputs().get("name") instanceof String name ? name : resource.name();
    }
}
