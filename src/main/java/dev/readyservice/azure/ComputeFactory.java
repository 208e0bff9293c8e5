package dev.readyservice.azure;

import com.pulumi.azurenative.insights.AutoscaleSetting;
import com.pulumi.azurenative.insights.AutoscaleSettingArgs;
import com.pulumi.azurenative.web.AppServicePlan;
import com.pulumi.azurenative.web.AppServicePlanArgs;
import com.pulumi.azurenative.web.WebApp;
import com.pulumi.azurenative.web.WebAppArgs;
import com.pulumi.azurenative.web.enums.ManagedServiceIdentityType;
import com.pulumi.azurenative.web.inputs.IpSecurityRestrictionArgs;
import com.pulumi.azurenative.web.inputs.ManagedServiceIdentityArgs;
import com.pulumi.azurenative.web.inputs.SiteConfigArgs;
import com.pulumi.azurenative.web.inputs.SkuDescriptionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Per component: a Linux App Service plan, a hardened Linux web app on it, and an enabled
 * autoscale setting on the plan.
 */
public final class ComputeFactory {

    /**
     * {@code publicNetworkAccess} of APIs and UIs: the Application Gateway reaches them by their public
     * host name. Customer-facing apps then accept only the gateway's subnet (access restrictions), so
     * nobody can bypass the gateway's WAF and TLS 1.3 floor by calling {@code *.azurewebsites.net}.
     */
    public static final String PUBLIC_ACCESS_ENABLED = "Enabled";

    /** {@code publicNetworkAccess} of workers: they serve no inbound traffic, so nothing may reach them. */
    public static final String PUBLIC_ACCESS_DISABLED = "Disabled";

    private ComputeFactory() {
    }

    /**
     * What callers need from one component's compute.
     *
     * @param plan            the App Service plan
     * @param webApp          the web app
     * @param autoscale       the autoscale setting of the plan
     * @param defaultHostName the web app's {@code <name>.azurewebsites.net}, the gateway's backend
     */
    public record Result(AppServicePlan plan, WebApp webApp, AutoscaleSetting autoscale, Output<String> defaultHostName) {
    }

    /**
     * Creates {@code <prefix>-plan}, {@code <prefix>-app} and {@code <prefix>-autoscale}.
     *
     * @param parent            owner of the new resources
     * @param prefix            Pulumi name prefix, usually {@code <product>-<component>}
     * @param product           the product
     * @param resourceGroupName the group the resources go in
     * @param component         the component
     * @param gatewaySubnetId   the Application Gateway's subnet; when present, a customer-facing app
     *                          accepts traffic from that subnet only. Empty leaves the app open to
     *                          any caller, which the footprint only does for internal components
     * @return the plan, app and autoscale setting
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            AzureComponent component, Optional<Output<String>> gatewaySubnetId) {
        Map<String, String> tags = AzureTags.forComponent(product, component);
        String sku = Objects.requireNonNullElse(component.planSku(), ComputeDefaults.planSku(product.prod()));
        AppServicePlan plan = new AppServicePlan(prefix + "-plan", AppServicePlanArgs.builder()
                .resourceGroupName(resourceGroupName)
                // Exact names: the component's Datadog queries filter on them (AzureNames).
                .name(AzureNames.planName(product.product(), product.environment(), component.component()))
                .location(product.location())
                .kind("linux")
                // reserved=true is what makes a plan Linux; kind alone is not enough.
                .reserved(true)
                .sku(SkuDescriptionArgs.builder().name(sku).capacity(component.defaultInstances()).build())
                .zoneRedundant(zoneRedundant(product, component))
                .perSiteScaling(false)
                .tags(tags)
                .build(), AzureResourceOptions.child(parent));

        WebApp app = new WebApp(prefix + "-app", WebAppArgs.builder()
                .resourceGroupName(resourceGroupName)
                .name(AzureNames.webAppName(product.product(), product.environment(), component.component()))
                .location(product.location())
                .kind("app,linux")
                .reserved(true)
                .serverFarmId(plan.id())
                .httpsOnly(true)
                .clientAffinityEnabled(false)
                .publicNetworkAccess("worker".equals(component.kind()) ? PUBLIC_ACCESS_DISABLED : PUBLIC_ACCESS_ENABLED)
                .identity(ManagedServiceIdentityArgs.builder().type(ManagedServiceIdentityType.SystemAssigned).build())
                .siteConfig(siteConfig(component, gatewaySubnetId))
                .tags(tags)
                .build(), AzureResourceOptions.child(parent));

        AutoscaleSetting autoscale = autoscale(parent, prefix, product, resourceGroupName, component, plan.id());

        // The Java SDK gives a resource's outputs no dependency on the resource itself, except its id
        // (the engine's RegisterResource response carries none for custom resources). Reaching the
        // host name through the id makes whatever uses it (the gateway's backend) depend on the web
        // app by property, which is how the pack relates a gateway to the components it fronts.
        Output<String> hostName = app.id().apply(id -> app.defaultHostName());
        return new Result(plan, app, autoscale, hostName);
    }

    /**
     * Creates {@code <prefix>-autoscale}: an enabled autoscale setting on an App Service plan, with
     * the component's capacity plan (instances, scale-out and scale-in rules, capacity tags). Used
     * for the plan {@link #create} makes and for a plan the team already has.
     *
     * @param parent            owner of the setting
     * @param prefix            Pulumi name prefix, usually {@code <product>-<component>}
     * @param product           the product
     * @param resourceGroupName the group the setting goes in
     * @param component         the component, with its capacity plan
     * @param planId            the plan's id; built from the plan resource's {@code id()} so the
     *                          setting refers to it (docs/evidence.md, "Capacity")
     * @return the setting
     */
    public static AutoscaleSetting autoscale(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            AzureComponent component, Output<String> planId) {
        Map<String, String> tags = AzureTags.forComponent(product, component);
        return new AutoscaleSetting(prefix + "-autoscale", AutoscaleSettingArgs.builder()
                .resourceGroupName(resourceGroupName)
                .location(product.location())
                .targetResourceUri(planId)
                // The API defaults "enabled" to false: an autoscale setting that silently does nothing.
                .enabled(true)
                .profiles(List.of(AutoscaleRules.profile(component, planId)))
                .tags(AzureTags.with(tags, AutoscaleRules.capacityTags(component)))
                .build(), AzureResourceOptions.child(parent));
    }

    /**
     * Hardened site settings at the App Service TLS floor; customer-facing apps behind a gateway
     * accept only the gateway's subnet.
     */
    static SiteConfigArgs siteConfig(AzureComponent component, Optional<Output<String>> gatewaySubnetId) {
        SiteConfigArgs.Builder site = SiteConfigArgs.builder()
                .minTlsVersion(TlsFloors.APP_SERVICE)
                .scmMinTlsVersion(TlsFloors.APP_SERVICE)
                .ftpsState("Disabled")
                .http20Enabled(true)
                .alwaysOn(true)
                .healthCheckPath(component.healthCheckPath())
                .remoteDebuggingEnabled(false)
                // Deployments reach the SCM (Kudu) site from CI, which has no fixed address; SCM still
                // requires authentication. Its rules are kept apart from the main site's on purpose.
                .scmIpSecurityRestrictionsUseMain(false)
                .scmIpSecurityRestrictionsDefaultAction("Allow");
        if (component.customerFacing() && gatewaySubnetId.isPresent()) {
            site.ipSecurityRestrictions(IpSecurityRestrictionArgs.builder()
                            .name("gateway-only")
                            .description("Only the Application Gateway, which enforces the WAF and TLS 1.3.")
                            .action("Allow")
                            .priority(100)
                            .vnetSubnetResourceId(gatewaySubnetId.get())
                            .build())
                    .ipSecurityRestrictionsDefaultAction("Deny");
        } else {
            site.ipSecurityRestrictionsDefaultAction("worker".equals(component.kind()) ? "Deny" : "Allow");
        }
        return site.build();
    }

    /**
     * @return true in prod when the component runs at least {@link ComputeDefaults#ZONE_REDUNDANT_MIN_INSTANCES}
     *         instances, the minimum Azure accepts for a zone-redundant plan
     */
    static boolean zoneRedundant(AzureProduct product, AzureComponent component) {
        return product.prod() && component.minInstances() >= ComputeDefaults.ZONE_REDUNDANT_MIN_INSTANCES;
    }
}
