package dev.readyservice.report.rules;

import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.ProductView;
import dev.readyservice.report.ResourceSummary;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the {@link ProductView} of a preview per {@code docs/evidence.md}: {@code component} tags,
 * {@code component:} Datadog tags, PagerDuty service names, the {@code ReadyService} inputs and,
 * failing those, the parent chain.
 */
public final class ProductComponents {

    private ProductComponents() {
    }

    /** Derives the components of {@code preview}. */
    public static ProductView of(Preview preview) {
        Map<String, RecordedResource> byUrn = new LinkedHashMap<>();
        preview.resources().forEach(r -> byUrn.put(r.urn(), r));
        Set<String> names = new TreeSet<>(); // alphabetical: registration order varies run to run
        Set<String> customerFacing = new LinkedHashSet<>();
        for (RecordedResource r : preview.resources()) {
            Object tags = r.inputs().get("tags");
            DisplayValues.tag(tags, "component").ifPresent(c -> {
                names.add(c);
                if (DisplayValues.tag(tags, "criticality").filter("customer-facing"::equals).isPresent()) {
                    customerFacing.add(c);
                }
            });
            if (r.type().equals(ProviderTypes.READY_SERVICE)) {
                specComponents(r.inputs().get("components"), names, customerFacing);
            }
        }
        Map<String, List<List<ResourceSummary>>> groups = new LinkedHashMap<>();
        names.forEach(n -> groups.put(n, groups()));
        groups.put("", groups());
        for (RecordedResource r : preview.resources()) {
            int kind = kind(r);
            if (kind < 0) {
                continue;
            }
            String component = componentOf(r, byUrn, names).orElse("");
            groups.get(component).get(kind).add(new ResourceSummary(r.urn(), r.type(), r.name(), component, r.parentUrn()));
        }
        List<ProductView.Component> components = new ArrayList<>();
        groups.forEach((name, lists) -> {
            if (!name.isEmpty() || lists.stream().anyMatch(l -> !l.isEmpty())) {
                components.add(new ProductView.Component(name, customerFacing.contains(name), lists.get(0), lists.get(1), lists.get(2)));
            }
        });
        return new ProductView(components);
    }

    /** The component {@code resource} belongs to, empty when product-wide. */
    public static Optional<String> componentOf(RecordedResource resource, Map<String, RecordedResource> byUrn, Set<String> names) {
        RecordedResource current = resource;
        for (int depth = 0; current != null && depth < 64; depth++) {
            Optional<String> own = ownComponent(current, names);
            if (own.isPresent()) {
                return own;
            }
            current = byUrn.get(current.parentUrn());
        }
        return Optional.empty();
    }

    private static Optional<String> ownComponent(RecordedResource r, Set<String> names) {
        Optional<String> tagged = DisplayValues.tag(r.inputs().get("tags"), "component");
        if (tagged.isPresent()) {
            return tagged;
        }
        if (r.type().equals(ProviderTypes.PAGERDUTY_SERVICE) && r.inputs().get("name") instanceof String serviceName) {
            return names.stream().filter(c -> serviceName.endsWith("-" + c)).findFirst();
        }
        return Optional.empty();
    }

    private static void specComponents(Object spec, Set<String> names, Set<String> customerFacing) {
        if (spec instanceof Map<?, ?> map) {
            map.forEach((name, value) -> specComponent(String.valueOf(name), value, names, customerFacing));
        } else if (spec instanceof List<?> list) {
            for (Object value : list) {
                if (value instanceof Map<?, ?> map && map.get("name") instanceof String name) {
                    specComponent(name, value, names, customerFacing);
                }
            }
        }
    }

    private static void specComponent(String name, Object value, Set<String> names, Set<String> customerFacing) {
        names.add(name);
        if (value instanceof Map<?, ?> map && ("customer-facing".equals(map.get("criticality")) || Boolean.TRUE.equals(map.get("customerFacing")))) {
            customerFacing.add(name);
        }
    }

    private static List<List<ResourceSummary>> groups() {
        return List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    /** 0 Azure, 1 Datadog, 2 PagerDuty, -1 not drawn (components, providers, other packages). */
    private static int kind(RecordedResource r) {
        if (!r.custom()) {
            return -1;
        }
        if (r.type().startsWith("azure-native:")) {
            return 0;
        }
        if (r.type().startsWith("datadog:")) {
            return 1;
        }
        return r.type().startsWith("pagerduty:") ? 2 : -1;
    }
}
