package dev.readyservice.report.handover;

import dev.readyservice.report.PrrReport;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every section reads: the preview's resources and the report's component of each. */
final class HandoverContext {
    private final Preview preview;
    private final PrrReport report;
    private final Map<String, String> components = new LinkedHashMap<>();

    HandoverContext(Preview preview, PrrReport report) {
        this.preview = preview;
        this.report = report;
        report.resources().forEach(r -> components.put(r.urn(), r.component()));
    }

    Preview preview() {
        return preview;
    }

    PrrReport report() {
        return report;
    }

    /**
     * The custom resources of {@code type}, by component (product-wide last) then name: the SDK
     * registers concurrently, so registration order would change from run to run.
     */
    List<RecordedResource> ofType(String type) {
        return preview.resources().stream().filter(r -> r.custom() && r.type().equals(type))
                .sorted(Comparator.comparing((RecordedResource r) -> components.getOrDefault(r.urn(), "").isEmpty())
                        .thenComparing(r -> components.getOrDefault(r.urn(), ""))
                        .thenComparing(RecordedResource::name))
                .toList();
    }

    /** The component the report gives the resource, "product-wide" when none. */
    String component(RecordedResource resource) {
        String component = components.getOrDefault(resource.urn(), "");
        return component.isEmpty() ? "product-wide" : component;
    }

    /** The resource one input property depends on, when the program passed another resource's output there. */
    Optional<RecordedResource> dependency(RecordedResource resource, String property, String type) {
        List<String> urns = resource.propertyDependencies().getOrDefault(property, List.of());
        return preview.resources().stream().filter(r -> urns.contains(r.urn()) && r.type().equals(type)).findFirst();
    }

}
