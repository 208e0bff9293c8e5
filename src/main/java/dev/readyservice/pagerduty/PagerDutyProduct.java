package dev.readyservice.pagerduty;

import java.util.List;
import java.util.Objects;

/**
 * Everything the PagerDuty part needs to know about a product. The component builds it from the
 * validated spec; nothing here is checked again.
 *
 * @param product the product name, e.g. {@code checkout}; technical services are named
 *     {@code <product>-<component>}
 * @param team the name of the PagerDuty team that owns the product
 * @param businessServiceName the name of the product's business service, as customers and status
 *     pages know it, e.g. {@code Checkout}
 * @param environment the stack's environment ({@code qa} or {@code prod}); shown in descriptions
 * @param escalation the product's escalation policy
 * @param supportHours the window in which every incident is high urgency
 * @param components the technical parts, one PagerDuty service each (at least one)
 */
public record PagerDutyProduct(
        String product,
        String team,
        String businessServiceName,
        String environment,
        EscalationPath escalation,
        SupportHours supportHours,
        List<PagerDutyComponent> components) {

    /**
     * @throws NullPointerException naming the field that is null
     */
    public PagerDutyProduct {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(businessServiceName, "businessServiceName");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(supportHours, "supportHours");
        components = List.copyOf(Objects.requireNonNull(components, "components"));
    }
}
