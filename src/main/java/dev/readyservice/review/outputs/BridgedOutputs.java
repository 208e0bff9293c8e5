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
 * pagerduty), read from the providers' pinned schemas as the project bundles them, trimmed
 * ({@value #RESOURCES}{@code <provider>.schema.json}, the files the provider bindings are generated
 * from). A bridged provider's preview returns every input (all of these resources have
 * {@code allInputsAreOutputs}) plus these properties, unknown.
 */
final class BridgedOutputs {
    /** The classpath folder of the trimmed provider schemas. */
    static final String RESOURCES = "/dev/readyservice/providers/";

    /** The bridged providers whose schemas are bundled, in the order their tokens are listed. */
    static final List<String> PROVIDERS = List.of("datadog", "pagerduty");

    private final Map<String, List<String>> outputOnly;

    private BridgedOutputs(Map<String, List<String>> outputOnly) {
        this.outputOnly = outputOnly;
    }

    /** The facts bundled with the review. */
    static BridgedOutputs bundled() {
        List<JsonNode> schemas = new ArrayList<>();
        for (String provider : PROVIDERS) {
            String resource = RESOURCES + provider + ".schema.json";
            try (InputStream in = BridgedOutputs.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is missing from the classpath");
                }
                schemas.add(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return parse(schemas);
    }

    /** Reads the trimmed schemas' form: {@code resources.<name>.token} and the names of {@code .outputs}, sorted. */
    static BridgedOutputs parse(List<JsonNode> schemas) {
        Map<String, List<String>> byToken = new LinkedHashMap<>();
        schemas.forEach(schema -> schema.path("resources").forEach(resource -> {
            List<String> names = new ArrayList<>();
            resource.path("outputs").fieldNames().forEachRemaining(names::add);
            Collections.sort(names); // the model's order since it began: by name, not the schema's order
            byToken.put(resource.path("token").asText(), List.copyOf(names));
        }));
        return new BridgedOutputs(Collections.unmodifiableMap(byToken));
    }

    /** The output-only properties of {@code token}, or empty when it is not a known bridged resource. */
    Optional<List<String>> outputOnly(String token) {
        return Optional.ofNullable(outputOnly.get(token));
    }

    /** Every token the schemas know, in their order. */
    List<String> tokens() {
        return List.copyOf(outputOnly.keySet());
    }
}
