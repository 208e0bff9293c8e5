package dev.readyservice.report;

import java.util.List;

/**
 * The product as the report draws it: its components, each with its Azure resources, Datadog
 * monitors and SLOs, and PagerDuty services, derived per {@code docs/evidence.md} from
 * {@code component} tags, {@code component:} Datadog tags, PagerDuty service names, the
 * {@code ReadyService} inputs, the compute a {@code Monitoring} block refers to (a team's own web
 * app and plan under {@code ReadyService} over existing resources) and, failing those, the parent chain.
 *
 * <p>It holds no inputs, so nothing secret: only URNs, types and names. {@code report.rules.ProductComponents}
 * derives it from a preview.
 *
 * @param components the components in first-seen order; the product-wide group (name "") last
 */
public record ProductView(List<Component> components) {
    public ProductView {
        components = List.copyOf(components);
    }

    /**
     * One component and its resources.
     *
     * @param name the component name, "" for product-wide resources
     * @param customerFacing whether it is customer-facing: the policy pack's judgement when
     *     {@code judgedByPack}, else what its ReadyService spec and tags declare
     * @param judgedByPack true when the policy pack judged its criticality (by its spec, tags and
     *     what the internet reaches); false when the report shows only what is declared
     * @param criticalityWhy why it is customer-facing or internal, for the reader ("" for product-wide)
     * @param azure its Azure resources
     * @param datadog its Datadog monitors, SLOs and catalog entries
     * @param pagerduty its PagerDuty resources
     */
    public record Component(String name, boolean customerFacing, boolean judgedByPack, String criticalityWhy,
            List<ResourceSummary> azure, List<ResourceSummary> datadog, List<ResourceSummary> pagerduty) {
        public Component {
            criticalityWhy = criticalityWhy == null ? "" : criticalityWhy;
            azure = List.copyOf(azure);
            datadog = List.copyOf(datadog);
            pagerduty = List.copyOf(pagerduty);
        }

        /** A component whose criticality is as declared, with no reason given. */
        public Component(String name, boolean customerFacing, List<ResourceSummary> azure, List<ResourceSummary> datadog,
                List<ResourceSummary> pagerduty) {
            this(name, customerFacing, false, "", azure, datadog, pagerduty);
        }

        /** {@code customer-facing} or {@code internal}. */
        public String criticality() {
            return customerFacing ? "customer-facing" : "internal";
        }
    }
}
