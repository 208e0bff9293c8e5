package dev.readyservice.pagerduty;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import dev.readyservice.pagerduty.binding.BusinessService;
import dev.readyservice.pagerduty.binding.BusinessServiceArgs;
import dev.readyservice.pagerduty.binding.ServiceDependency;
import dev.readyservice.pagerduty.binding.ServiceDependencyArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencyArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencyDependentServiceArgs;
import dev.readyservice.pagerduty.binding.inputs.ServiceDependencyDependencySupportingServiceArgs;
import java.util.List;
import java.util.function.Supplier;

/**
 * Creates the product's business service and one dependency from it to each technical service,
 * so that PagerDuty's service graph and status views show the product impacted when any of its
 * parts has an incident.
 */
final class BusinessServices {

    /** Dependency side type of a business service. */
    static final String BUSINESS_SERVICE = "business_service";
    /** Dependency side type of a technical service. */
    static final String TECHNICAL_SERVICE = "service";

    private BusinessServices() {}

    static BusinessService create(
            String prefix, PagerDutyProduct product, Output<String> teamId, CustomResourceOptions options) {
        return new BusinessService(
                PagerDutyNames.logical(prefix, "business-service"),
                BusinessServiceArgs.builder()
                        .name(product.businessServiceName())
                        .description(product.businessServiceName() + " as its customers see it ("
                                + product.environment() + "). Managed by ReadyService.")
                        .team(teamId)
                        .build(),
                options);
    }

    static List<ServiceDependency> dependOnEach(
            String prefix,
            BusinessService business,
            List<TechnicalService> services,
            Supplier<CustomResourceOptions> options) {
        return services.stream()
                .map(technical -> new ServiceDependency(
                        PagerDutyNames.logical(prefix, technical.component() + "-dependency"),
                        ServiceDependencyArgs.builder()
                                .dependency(ServiceDependencyDependencyArgs.builder()
                                        .dependentServices(ServiceDependencyDependencyDependentServiceArgs.builder()
                                                .id(business.id())
                                                .type(BUSINESS_SERVICE)
                                                .build())
                                        .supportingServices(ServiceDependencyDependencySupportingServiceArgs.builder()
                                                .id(technical.service().id())
                                                .type(TECHNICAL_SERVICE)
                                                .build())
                                        .build())
                                .build(),
                        options.get()))
                .toList();
    }
}
