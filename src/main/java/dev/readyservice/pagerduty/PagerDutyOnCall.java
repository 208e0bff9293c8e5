package dev.readyservice.pagerduty;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import dev.readyservice.pagerduty.binding.Team;
import dev.readyservice.pagerduty.binding.TeamArgs;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Gives a product its PagerDuty on-call setup: a team, an escalation policy, one technical
 * service per component with support hours, urgency rule and a Datadog integration, and a business
 * service that depends on every technical service.
 *
 * <p>The spec is expected to be validated already (ranges in {@link PagerDutyLimits}); this class
 * only registers resources. Every resource is a child of the caller's {@code parent} and has the
 * logical name {@code <prefix>-<purpose>}.
 */
public final class PagerDutyOnCall {

    private PagerDutyOnCall() {}

    /**
     * Registers the product's PagerDuty resources.
     *
     * @param prefix the logical-name prefix, usually the component resource's name
     * @param product the validated product description
     * @param parent the component resource every child is parented to
     * @return the registered resources, including each component's secret integration key
     */
    public static PagerDutyResources create(String prefix, PagerDutyProduct product, Resource parent) {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(parent, "parent");
        // A fresh options object per resource, so no registration can see another's merged options.
        Supplier<CustomResourceOptions> childOfParent =
                () -> CustomResourceOptions.builder().parent(parent).build();

        var team = new Team(
                PagerDutyNames.logical(prefix, "team"),
                TeamArgs.builder()
                        .name(product.team())
                        .description("On call for " + product.product() + ". Managed by ReadyService.")
                        .build(),
                childOfParent.get());
        var policy = EscalationPolicies.create(prefix, product, team.id(), childOfParent.get());
        List<TechnicalService> services = product.components().stream()
                .map(component -> TechnicalServices.create(prefix, product, component, policy, childOfParent))
                .toList();
        var business = BusinessServices.create(prefix, product, team.id(), childOfParent.get());
        var dependencies = BusinessServices.dependOnEach(prefix, business, services, childOfParent);
        return new PagerDutyResources(team, policy, business, services, dependencies);
    }
}
