package dev.readyservice.component;

/**
 * The Azure names the Datadog queries filter on. Azure resources are given these exact names
 * (not Pulumi auto-names) so monitors built before the first deploy match what gets created.
 */
record AzureNaming(String product, String environment) {

    /** The product's resource group. */
    String resourceGroup() {
        return "rg-" + product + "-" + environment;
    }

    /** A component's web app; also its default host name, so it must be globally unique. */
    String webApp(String component) {
        return product + "-" + environment + "-" + component;
    }

    /** A component's App Service plan. */
    String plan(String component) {
        return "plan-" + product + "-" + environment + "-" + component;
    }
}
