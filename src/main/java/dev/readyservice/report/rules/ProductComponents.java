package dev.readyservice.report.rules;

import dev.readyservice.analyzer.JudgedComponent;
import dev.readyservice.report.DisplayValues;
import dev.readyservice.report.ProductView;
import dev.readyservice.report.ResourceSummary;
import dev.readyservice.review.Preview;
import dev.readyservice.review.RecordedResource;
import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Derives the {@link ProductView} of a preview per {@code docs/evidence.md}: {@code component} tags,
 * {@code component:} Datadog tags, PagerDuty service names, the {@code ReadyService} inputs, the
 * compute a {@code Monitoring} block refers to (a team's own web app and plan under {@code ReadyService}
 * over existing resources) and, failing those, the parent chain.
 *
 * <p>Which components are customer-facing is the policy pack's judgement ({@link JudgedComponent}:
 * its spec and {@code criticality} tags, raised by what the internet reaches), never judged here: the
 * report renders what the pack said and why ({@link #of(Preview, Optional)}). Only when the pack
 * handed no judgement over does the report fall back to what the spec and tags declare, and says so.
 */
public final class ProductComponents {
    /** Why, when the pack handed no judgement over: the report can only show what is declared. */
    public static final String AS_DECLARED = "criticality as declared (ReadyService spec, criticality tags); the policy pack "
            + "did not hand over its judgement, and may judge it customer-facing because the internet reaches it: see its findings";

    /** The building block's inputs that name its component's compute. */
    private static final List<String> CLAIMING_INPUTS = List.of("webAppId", "planId", "containerAppId");

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
        Map<String, String> claims = claims(preview.resources());
        names.addAll(claims.values());
        Map<String, List<List<ResourceSummary>>> groups = new LinkedHashMap<>();
        names.forEach(n -> groups.put(n, groups()));
        groups.put("", groups());
        for (RecordedResource r : preview.resources()) {
            int kind = kind(r);
            if (kind < 0) {
                continue;
            }
            String component = componentOf(r, byUrn, names, claims).orElse("");
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

    /**
     * Derives the components of {@code preview}, customer-facing as the policy pack judged them:
     * {@code judgement} decides each component it names (and adds those the preview's tags do not
     * name); a component it does not name, or every one when it is empty, keeps what its spec and
     * tags declare, and its reason says the pack did not judge it.
     */
    public static ProductView of(Preview preview, Optional<List<JudgedComponent>> judgement) {
        ProductView declared = of(preview);
        if (judgement.isEmpty()) {
            return new ProductView(declared.components().stream()
                    .map(c -> c.name().isEmpty() ? c : withCriticality(c, c.customerFacing(), false, AS_DECLARED))
                    .toList());
        }
        Map<String, JudgedComponent> judged = new LinkedHashMap<>();
        judgement.get().forEach(j -> judged.putIfAbsent(j.name(), j));
        List<ProductView.Component> components = new ArrayList<>();
        for (ProductView.Component c : declared.components()) {
            JudgedComponent j = judged.remove(c.name());
            if (c.name().isEmpty()) {
                components.add(c);
            } else if (j == null) {
                components.add(withCriticality(c, c.customerFacing(), false, "criticality as declared (ReadyService spec, criticality "
                        + "tags): the policy pack judged no component of this name"));
            } else {
                // A declaration only ever raises: should the pack not count one the report reads, it stays customer-facing.
                components.add(withCriticality(c, j.customerFacing() || c.customerFacing(), true, why(j, c.customerFacing())));
            }
        }
        judged.values().forEach(j -> components.add(new ProductView.Component(j.name(), j.customerFacing(), true, why(j, false),
                List.of(), List.of(), List.of())));
        // By name as of(preview) orders them, the product-wide group ("") last.
        components.sort(Comparator.comparing((ProductView.Component c) -> c.name().isEmpty()).thenComparing(ProductView.Component::name));
        return new ProductView(components);
    }

    /** Why the pack judged {@code j} as it did, for the reader. */
    static String why(JudgedComponent j, boolean declaredFacing) {
        if (j.raisedByReachability() && j.undecided()) {
            return "treated as customer-facing by the policy pack: nothing known reaches it from the internet, but " + j.reachedBy()
                    + ", so its customer-facing requirements apply until that is known";
        }
        if (j.raisedByReachability()) {
            return "customer-facing, whatever its spec and tags say: the policy pack found that the internet reaches " + j.reachedBy();
        }
        if (j.customerFacing()) {
            return "customer-facing: its ReadyService spec or a criticality tag says so (the policy pack's judgement)";
        }
        return declaredFacing ? "customer-facing: its ReadyService spec or a criticality tag says so (the policy pack judged it internal)"
                : "internal: nothing declares it customer-facing, and the policy pack found nothing that reaches it from the internet";
    }

    private static ProductView.Component withCriticality(ProductView.Component c, boolean customerFacing, boolean judgedByPack, String why) {
        return new ProductView.Component(c.name(), customerFacing, judgedByPack, why, c.azure(), c.datadog(), c.pagerduty());
    }

    /**
     * The component of each resource a {@code Monitoring} block refers to by its {@code webAppId},
     * {@code planId} or {@code containerAppId} (a property dependency, as the policy pack's claims: a literal ID relates nothing),
     * by URN.
     */
    public static Map<String, String> claims(List<RecordedResource> resources) {
        Map<String, String> claims = new LinkedHashMap<>();
        for (RecordedResource r : resources) {
            if (r.type().equals(ProviderTypes.MONITORING_BLOCK) && r.inputs().get("component") instanceof String component
                    && !component.isBlank() && !component.equals(WireValues.UNKNOWN)) {
                CLAIMING_INPUTS.forEach(input -> r.propertyDependencies().getOrDefault(input, List.of())
                        .forEach(urn -> claims.putIfAbsent(urn, component)));
            }
        }
        return claims;
    }

    /**
     * The component {@code resource} belongs to, empty when product-wide: its own tag, a monitoring
     * block's claim ({@link #claims}), or its PagerDuty service name; failing those, its parent's.
     */
    public static Optional<String> componentOf(RecordedResource resource, Map<String, RecordedResource> byUrn, Set<String> names,
            Map<String, String> claims) {
        RecordedResource current = resource;
        for (int depth = 0; current != null && depth < 64; depth++) {
            Optional<String> own = ownComponent(current, names, claims);
            if (own.isPresent()) {
                return own;
            }
            current = byUrn.get(current.parentUrn());
        }
        return Optional.empty();
    }

    private static Optional<String> ownComponent(RecordedResource r, Set<String> names, Map<String, String> claims) {
        Optional<String> tagged = DisplayValues.tag(r.inputs().get("tags"), "component");
        if (tagged.isPresent()) {
            return tagged;
        }
        if (claims.containsKey(r.urn())) {
            return Optional.of(claims.get(r.urn()));
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
