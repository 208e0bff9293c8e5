package dev.readyservice.azure;

import dev.readyservice.model.ComponentKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One technical part of a product (an API, a UI or a worker) as the compute factories need it.
 *
 * @param component        component slug, e.g. {@code api}; used in names and the {@code component} tag
 * @param kind             {@code api}, {@code ui} or {@code worker}; workers get no public network access
 * @param customerFacing   true when customers reach it; such components sit behind the Application
 *                         Gateway and are tagged {@code criticality=customer-facing}
 * @param healthCheckPath  path App Service and the gateway probe, e.g. {@code /health}
 * @param minInstances     autoscale minimum (at least 1)
 * @param maxInstances     autoscale maximum (at least {@code defaultInstances})
 * @param defaultInstances autoscale default, used when metrics are missing
 * @param plannedPeakRps   planned peak requests per second six months out (capacity tag)
 * @param rpsPerInstance   requests per second one instance serves (capacity tag)
 * @param headroom         capacity factor over the planned peak, e.g. 1.5 (capacity tag)
 * @param planSku          App Service plan SKU, e.g. {@code P1v3}; when null the environment's
 *                         default from {@link ComputeDefaults#planSku(boolean)} is used
 */
public record AzureComponent(String component, String kind, boolean customerFacing, String healthCheckPath,
        int minInstances, int maxInstances, int defaultInstances, double plannedPeakRps, double rpsPerInstance,
        double headroom, String planSku) {

    /** The kinds of component we know how to host. */
    public static final List<String> KINDS = Arrays.stream(ComponentKind.values()).map(ComponentKind::id).toList();

    /**
     * Checks every field and reports all problems at once.
     *
     * @throws IllegalArgumentException naming each field, its value and what is allowed
     */
    public AzureComponent {
        List<String> problems = new ArrayList<>();
        AzureProduct.requireSlug(problems, "component", component, 1, 21);
        AzureProduct.requireOneOf(problems, "kind", kind, KINDS);
        if ("worker".equals(kind) && customerFacing) {
            problems.add("kind 'worker' cannot be customerFacing: workers take no inbound traffic (publicNetworkAccess Disabled)");
        }
        if (healthCheckPath == null || !healthCheckPath.startsWith("/")) {
            problems.add("healthCheckPath '" + healthCheckPath + "' must start with '/'");
        }
        if (minInstances < 1) {
            problems.add("minInstances " + minInstances + " must be at least 1");
        }
        if (defaultInstances < minInstances || defaultInstances > maxInstances) {
            problems.add("defaultInstances " + defaultInstances + " must be between minInstances " + minInstances
                    + " and maxInstances " + maxInstances);
        }
        if (!(plannedPeakRps > 0) || !(rpsPerInstance > 0) || !(headroom >= 1)) {
            problems.add("capacity plan (plannedPeakRps " + plannedPeakRps + ", rpsPerInstance " + rpsPerInstance
                    + ", headroom " + headroom + ") needs positive rates and a headroom of at least 1");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid AzureComponent: " + String.join("; ", problems));
        }
    }

    /** @return {@code customer-facing} or {@code internal}, the value of the {@code criticality} tag */
    public String criticality() {
        return customerFacing ? AzureTags.CUSTOMER_FACING : AzureTags.INTERNAL;
    }
}
