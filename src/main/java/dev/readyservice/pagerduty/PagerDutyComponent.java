package dev.readyservice.pagerduty;

import java.util.Objects;

/**
 * One technical part of the product that gets its own PagerDuty technical service.
 *
 * @param component the component name, e.g. {@code api}; the service is named
 *     {@code <product>-<component>}
 * @param kind what the component is, e.g. {@code api}, {@code ui} or {@code worker}; shown in the
 *     service description
 * @param customerFacing whether customers see it fail; shown in the service description so
 *     responders know the blast radius
 * @param description what the component does, in a sentence; the service description starts
 *     with it
 */
public record PagerDutyComponent(String component, String kind, boolean customerFacing, String description) {

    /**
     * @throws NullPointerException naming the field that is null
     */
    public PagerDutyComponent {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
    }
}
