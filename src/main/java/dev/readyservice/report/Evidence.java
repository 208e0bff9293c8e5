package dev.readyservice.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A resource that proves (or should prove) an item, with its key input values rendered for
 * reading: secrets as {@code [secret]}, values unknown in preview as {@code [unknown]}.
 *
 * @param urn the resource URN
 * @param type its type token
 * @param name its logical name
 * @param component the component it belongs to, empty for product-wide resources
 * @param properties its top-level inputs, rendered and sorted by name
 */
public record Evidence(String urn, String type, String name, String component, Map<String, String> properties) {
    /** The evidence type of a QA/prod config difference (not a resource: the report lists it beside its item). */
    public static final String CONFIG_DIFFERENCE_TYPE = "stack-config-difference";

    public Evidence {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    /** True for a QA/prod config difference the parity rules do not allow. */
    public boolean isDisallowedDifference() {
        return type.equals(CONFIG_DIFFERENCE_TYPE) && "no".equals(properties.get("allowed"));
    }
}
