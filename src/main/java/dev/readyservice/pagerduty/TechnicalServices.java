package dev.readyservice.pagerduty;

import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.pagerduty.binding.EscalationPolicy;
import dev.readyservice.pagerduty.binding.Service;
import dev.readyservice.pagerduty.binding.ServiceArgs;
import dev.readyservice.pagerduty.binding.ServiceIntegration;
import dev.readyservice.pagerduty.binding.ServiceIntegrationArgs;
import java.util.function.Supplier;

/**
 * Creates one technical service per component, with the Datadog integration that feeds it.
 * API and UI are separate services so that each has its own incidents, urgency and on-call view.
 */
final class TechnicalServices {

    /** The name Datadog's integration shows on each service. */
    static final String INTEGRATION_NAME = "Datadog";

    /**
     * Events API v2 is the integration type Datadog's PagerDuty integration posts to. Giving the
     * type rather than the Datadog vendor id avoids the {@code getVendor} invoke, which an offline
     * preview cannot answer.
     */
    static final String EVENTS_API_V2 = "events_api_v2_inbound_integration";

    private TechnicalServices() {}

    static TechnicalService create(
            String prefix,
            PagerDutyProduct product,
            PagerDutyComponent component,
            EscalationPolicy policy,
            Supplier<CustomResourceOptions> options) {
        String serviceName = PagerDutyNames.technicalService(product.product(), component.component());
        var service = new Service(
                PagerDutyNames.logical(prefix, component.component() + "-service"),
                ServiceArgs.builder()
                        .name(serviceName)
                        .description(description(product, component))
                        .escalationPolicy(policy.id())
                        .autoResolveTimeout(IncidentTimeouts.AUTO_RESOLVE_SECONDS)
                        .acknowledgementTimeout(IncidentTimeouts.ACKNOWLEDGEMENT_SECONDS)
                        .incidentUrgencyRule(IncidentUrgency.followSupportHours())
                        .supportHours(SupportHoursWireForm.of(product.supportHours()).toArgs())
                        .build(),
                options.get());
        var integration = new ServiceIntegration(
                PagerDutyNames.logical(prefix, component.component() + "-datadog-integration"),
                ServiceIntegrationArgs.builder()
                        .name(INTEGRATION_NAME)
                        .service(service.id())
                        .type(EVENTS_API_V2)
                        .build(),
                options.get());
        return new TechnicalService(component.component(), serviceName, service, integration);
    }

    static String description(PagerDutyProduct product, PagerDutyComponent component) {
        // Responders read this first: what kind of part, its blast radius, and which environment.
        return component.kind() + ", " + (component.customerFacing() ? "customer-facing" : "internal") + ", "
                + product.environment() + ": " + component.description() + " Managed by ReadyService.";
    }
}
