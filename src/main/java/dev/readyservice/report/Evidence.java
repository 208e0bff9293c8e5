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
    public Evidence {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
