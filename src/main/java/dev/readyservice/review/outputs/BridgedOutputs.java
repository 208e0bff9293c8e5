package dev.readyservice.review.outputs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The output-only (computed) properties of the Terraform-bridged providers' resources (datadog,
 * pagerduty), read from {@value #RESOURCE}, a copy of the providers' schemas in
 * {@code ../shared/provider-schemas}. A bridged provider's preview returns every input (all of
 * these resources have {@code allInputsAreOutputs}) plus these properties, unknown.
 */
final class BridgedOutputs {
    /** The classpath resource with the copied schema facts. */
    static final String RESOURCE = "bridged-outputs.json";

    private final Map<String, List<String>> outputOnly;

    private BridgedOutputs(Map<String, List<String>> outputOnly) {
        this.outputOnly = outputOnly;
    }

    /** The facts bundled with the review. */
    static BridgedOutputs bundled() {
        try (InputStream in = BridgedOutputs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath next to " + BridgedOutputs.class.getName());
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads the file's form: {@code providers.<package>.resources.<token>.outputs[]}. */
    static BridgedOutputs parse(JsonNode root) {
        Map<String, List<String>> byToken = new LinkedHashMap<>();
        root.path("providers").forEach(provider -> provider.path("resources").fields().forEachRemaining(entry -> {
            List<String> names = new ArrayList<>();
            entry.getValue().path("outputs").forEach(n -> names.add(n.asText()));
            byToken.put(entry.getKey(), List.copyOf(names));
        }));
        return new BridgedOutputs(Collections.unmodifiableMap(byToken));
    }

    /** The output-only properties of {@code token}, or empty when it is not a known bridged resource. */
    Optional<List<String>> outputOnly(String token) {
        return Optional.ofNullable(outputOnly.get(token));
    }

    /** Every token this file knows, in file order. */
    List<String> tokens() {
        return List.copyOf(outputOnly.keySet());
    }
}
