package dev.readyservice.pagerduty;

import dev.readyservice.pagerduty.binding.BusinessService;
import dev.readyservice.pagerduty.binding.EscalationPolicy;
import dev.readyservice.pagerduty.binding.ServiceDependency;
import dev.readyservice.pagerduty.binding.Team;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PagerDutyOnCall#create} registered for a product.
 *
 * @param team the owning team
 * @param escalationPolicy the policy every technical service uses
 * @param businessService the product's business service
 * @param technicalServices one per component, in the order the components were given
 * @param dependencies one per technical service: the business service depends on it
 */
public record PagerDutyResources(
        Team team,
        EscalationPolicy escalationPolicy,
        BusinessService businessService,
        List<TechnicalService> technicalServices,
        List<ServiceDependency> dependencies) {

    /**
     * @throws NullPointerException naming the field that is null
     */
    public PagerDutyResources {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(escalationPolicy, "escalationPolicy");
        Objects.requireNonNull(businessService, "businessService");
        technicalServices = List.copyOf(Objects.requireNonNull(technicalServices, "technicalServices"));
        dependencies = List.copyOf(Objects.requireNonNull(dependencies, "dependencies"));
    }

    /**
     * @param component a component name, e.g. {@code api}
     * @return the component's technical service, empty when no component has that name
     */
    public Optional<TechnicalService> technicalService(String component) {
        return technicalServices.stream().filter(s -> s.component().equals(component)).findFirst();
    }

    /**
     * @return how many resources were registered: team, policy and business service, plus a
     *     service, an integration and a dependency per component
     */
    public int resourceCount() {
        return 3 + 2 * technicalServices.size() + dependencies.size();
    }
}
