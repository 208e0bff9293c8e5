package dev.readyservice.bindings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.bindings.BindingGenerator.BindingList;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * Cuts a pinned provider schema ({@code ../shared/provider-schemas/<provider>.json}) down to what we
 * use of it: every resource's token, outputs and secret outputs (the review models a bridged
 * provider's preview from them, see {@code review.outputs.BridgedOutputs}), and for the resources and
 * nested types a {@link BindingList} names, only the inputs we bind (in the list's order) plus the
 * schema's required inputs, so that {@link BindingGenerator} can still judge the list against the
 * schema. The result is committed, so a clone without {@code ../shared} builds the same.
 */
final class SchemaTrimmer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaTrimmer() {}

    static ObjectNode trim(JsonNode schema, BindingList list) {
        ObjectNode out = JSON.objectNode();
        out.put("about", "The pinned " + list.provider() + " provider schema (../shared/provider-schemas/"
                + list.provider() + ".json) trimmed to every resource's token and outputs, and to the inputs and"
                + " nested types that " + list.provider() + ".bindings.json binds. Written by GeneratedBindingsTest"
                + " with -Dbindings.regenerate=true; the binding generator and the review's model of bridged"
                + " providers' outputs read only this file.");
        for (String key : List.of("provider", "pluginName", "pluginVersion", "releaseTag")) {
            out.set(key, present(schema, key, "the schema"));
        }
        ObjectNode source = out.putObject("source");
        for (String key : List.of("repo", "tag", "commit")) {
            source.set(key, present(schema.path("source"), key, "the schema's source"));
        }
        for (String token : list.resources().keySet()) {
            resourceKey(schema, token);
        }
        ObjectNode resources = out.putObject("resources");
        schema.path("resources").fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode resource = e.getValue();
            ObjectNode trimmed = resources.putObject(key);
            trimmed.set("token", present(resource, "token", key));
            trimmed.set("description", present(resource, "description", key));
            BindingList.Resource bound = list.resources().get(resource.path("token").asText());
            if (bound != null) {
                trimmed.set("inputs", pick(resource.path("inputs"), bound.inputs(), key + " inputs"));
                trimmed.set("requiredInputs", present(resource, "requiredInputs", key));
            }
            trimmed.set("allInputsAreOutputs", present(resource, "allInputsAreOutputs", key));
            trimmed.set("outputs", present(resource, "outputs", key));
            trimmed.set("secretOutputs", present(resource, "secretOutputs", key));
        });
        ObjectNode types = out.putObject("types");
        for (Map.Entry<String, BindingList.Type> bound : list.types().entrySet()) {
            JsonNode type = present(schema.path("types"), bound.getKey(), "the schema's types");
            ObjectNode trimmed = types.putObject(bound.getKey());
            type.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("properties")) {
                    trimmed.set(e.getKey(), e.getValue().deepCopy());
                }
            });
            trimmed.set("properties", pick(type.path("properties"), bound.getValue().inputs(), bound.getKey()));
        }
        return out;
    }

    /** @return the schema's key of the resource registered as {@code token} */
    private static String resourceKey(JsonNode schema, String token) {
        var keys = schema.path("resources").fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            if (token.equals(schema.path("resources").path(key).path("token").asText())) {
                return key;
            }
        }
        throw new IllegalArgumentException("the schema has no resource with token " + token);
    }

    private static ObjectNode pick(JsonNode properties, List<String> names, String where) {
        ObjectNode out = JSON.objectNode();
        for (String name : names) {
            out.set(name, present(properties, name, where).deepCopy());
        }
        return out;
    }

    private static JsonNode present(JsonNode node, String key, String where) {
        JsonNode value = node.path(key);
        if (value.isMissingNode()) {
            throw new IllegalArgumentException(where + " has no " + key);
        }
        return value.deepCopy();
    }
}
