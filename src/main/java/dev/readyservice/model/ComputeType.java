package dev.readyservice.model;

import java.util.Locale;

/**
 * What a component's compute is, which decides where its golden-signal metrics come from and whether
 * it has an App Service plan to autoscale (docs/evidence.md, "Over existing resources"):
 * <ul>
 * <li>{@link #WEB_APP}: Datadog's App Service metrics ({@code azure.app_services.*}); saturation and
 * autoscaling on its plan;</li>
 * <li>{@link #FUNCTION_APP}: Datadog's Azure Functions metrics ({@code azure.functions.*}); saturation
 * and autoscaling on its plan, except on a plan the platform scales, whose saturation is the app's
 * own memory and which gets no autoscale setting ({@code ExistingCompute.platformScaled(int)});</li>
 * <li>{@link #CONTAINER_APP}: Datadog's Azure Container Apps metrics ({@code azure.app_containerapps.*})
 * and, since they have no response time, APM trace metrics for latency; no plan, so no autoscale
 * setting: a container app scales by its own {@code template.scale}.</li>
 * </ul>
 */
public enum ComputeType {
    /** An App Service web app on an App Service plan. */
    WEB_APP("Microsoft.Web/sites", true),
    /** A function app on an App Service plan (Azure models it as a web app of kind {@code functionapp}). */
    FUNCTION_APP("Microsoft.Web/sites", true),
    /** An Azure Container Apps app. */
    CONTAINER_APP("Microsoft.App/containerApps", false);

    private final String azureType;
    private final boolean runsOnPlan;

    ComputeType(String azureType, boolean runsOnPlan) {
        this.azureType = azureType;
        this.runsOnPlan = runsOnPlan;
    }

    /** @return the Azure resource type of the app, e.g. {@code Microsoft.App/containerApps} */
    public String azureType() {
        return azureType;
    }

    /** @return true when the app runs on an App Service plan: its CPU is the saturation signal and it is autoscaled */
    public boolean runsOnPlan() {
        return runsOnPlan;
    }

    /** @return how a person calls it, e.g. {@code container app} */
    public String displayName() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** @return the camel-case stem of its spec fields, e.g. {@code containerApp} (as in {@code containerAppId}) */
    public String fieldStem() {
        String[] words = name().toLowerCase(Locale.ROOT).split("_");
        return words[0] + Character.toUpperCase(words[1].charAt(0)) + words[1].substring(1);
    }
}
