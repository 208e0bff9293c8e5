package dev.readyservice.component;

import dev.readyservice.azure.AzureNames;

/**
 * The Azure names the Datadog queries filter on. The Azure part gives its resources these exact
 * names ({@link AzureNames}, not Pulumi auto-names) so monitors built before the first deploy match
 * what gets created.
 */
record AzureNaming(String product, String environment) {

    /** The product's resource group. */
    String resourceGroup() {
        return AzureNames.resourceGroupName(product, environment);
    }

    /** A component's web app; also its default host name, so it must be globally unique. */
    String webApp(String component) {
        return AzureNames.webAppName(product, environment, component);
    }

    /** A component's App Service plan. */
    String plan(String component) {
        return AzureNames.planName(product, environment, component);
    }
}
