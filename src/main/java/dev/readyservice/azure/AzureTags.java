package dev.readyservice.azure;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tags every taggable Azure resource carries (see {@code docs/evidence.md}): {@code product},
 * {@code environment}, {@code criticality}, and {@code component} where one applies. Policies
 * relate resources to components through these tags, because ids are unknown in a preview.
 */
public final class AzureTags {

    /** {@code criticality} value of components customers reach. */
    public static final String CUSTOMER_FACING = "customer-facing";

    /** {@code criticality} value of everything else. */
    public static final String INTERNAL = "internal";

    private AzureTags() {
    }

    /**
     * Tags of a product-wide resource (resource group, storage, vaults, gateway).
     *
     * @param product     the product
     * @param criticality {@link #CUSTOMER_FACING} when any component is, else {@link #INTERNAL}
     * @return an ordered, unmodifiable map
     */
    public static Map<String, String> forProduct(AzureProduct product, String criticality) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("product", product.product());
        tags.put("environment", product.environment());
        tags.put("criticality", criticality);
        return Map.copyOf(tags);
    }

    /**
     * Tags of a resource that belongs to one component (plan, web app, autoscale setting).
     *
     * @param product   the product
     * @param component the component
     * @return an unmodifiable map
     */
    public static Map<String, String> forComponent(AzureProduct product, AzureComponent component) {
        Map<String, String> tags = new LinkedHashMap<>(forProduct(product, component.criticality()));
        tags.put("component", component.component());
        return Map.copyOf(tags);
    }

    /**
     * Adds tags to a base map without changing it.
     *
     * @param base  tags from {@link #forProduct} or {@link #forComponent}
     * @param extra tags to add; they win over {@code base}
     * @return a new unmodifiable map
     */
    public static Map<String, String> with(Map<String, String> base, Map<String, String> extra) {
        Map<String, String> tags = new LinkedHashMap<>(base);
        tags.putAll(extra);
        return Map.copyOf(tags);
    }
}
