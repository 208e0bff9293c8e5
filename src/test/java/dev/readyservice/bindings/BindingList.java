package dev.readyservice.bindings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What we bind of one provider ({@code <provider>.bindings.json} beside this class's resources): the
 * resources by type token, the nested input types by schema name, and per entry the Java class name
 * and the inputs bound, in the order the generated fields are declared (and so sent).
 *
 * @param provider the provider name, {@code datadog} or {@code pagerduty}
 * @param javaPackage the package of the generated resource classes; nested args go to {@code .inputs}
 * @param pluginClass the generated class that holds the pinned plugin version
 * @param resources by type token
 * @param types by schema type name
 */
record BindingList(String provider, String javaPackage, String pluginClass,
        Map<String, Resource> resources, Map<String, Type> types) {

    /** The providers we bind, in the order they are generated. */
    static final List<String> PROVIDERS = List.of("datadog", "pagerduty");

    /**
     * @param javaClass the resource class; its args class adds {@code Args}
     * @param inputs the bound inputs, in declaration order
     * @param exports outputs the resource class exposes as {@code Output} getters
     * @param secretOutputs outputs to keep secret on top of the schema's own {@code secretOutputs}
     * @param why why the entry departs from the schema, where it does; empty otherwise
     */
    record Resource(String javaClass, List<String> inputs, List<String> exports, List<String> secretOutputs,
            String why) {}

    /**
     * @param javaClass the args class name without {@code Args}; the schema name unless renamed
     * @param inputs the bound inputs, in declaration order
     */
    record Type(String javaClass, List<String> inputs) {}

    static BindingList load(String provider) {
        String file = provider + ".bindings.json";
        try (InputStream in = BindingList.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("binding list " + file + " is not on the test classpath");
            }
            return parse(provider, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    static BindingList parse(String provider, JsonNode root) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        root.path("resources").fields().forEachRemaining(e -> resources.put(e.getKey(), new Resource(
                required(e.getValue(), "class", e.getKey()), strings(e.getValue().path("inputs")),
                strings(e.getValue().path("exports")), strings(e.getValue().path("secretOutputs")),
                e.getValue().path("why").asText(""))));
        Map<String, Type> types = new LinkedHashMap<>();
        root.path("types").fields().forEachRemaining(e -> types.put(e.getKey(), new Type(
                e.getValue().path("class").asText(e.getKey()), strings(e.getValue().path("inputs")))));
        return new BindingList(provider, required(root, "package", provider), required(root, "pluginClass", provider),
                resources, types);
    }

    private static String required(JsonNode node, String key, String where) {
        String value = node.path(key).asText("");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": the binding list has no \"" + key + "\"");
        }
        return value;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
