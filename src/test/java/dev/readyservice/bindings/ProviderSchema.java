package dev.readyservice.bindings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.ResourceArgs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pinned provider schema ({@code ../shared/provider-schemas/<provider>.json}, beside the clone; never
 * copied whole into the repository), and checks of our bindings and of registered inputs against it.
 * Each check returns the problems it found, so that tests can show a check both passing and failing.
 */
public final class ProviderSchema {

    private final JsonNode root;

    private ProviderSchema(JsonNode root) {
        this.root = root;
    }

    /** @return where CI and the workstations keep the provider's schema, relative to the project root */
    public static Path location(String provider) {
        return Path.of("..", "shared", "provider-schemas", provider + ".json");
    }

    /** @return the schema, empty when the shared folder is absent */
    public static Optional<ProviderSchema> load(String provider) throws IOException {
        Path file = location(provider);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(new ProviderSchema(new ObjectMapper().readTree(file.toFile())));
    }

    public static ProviderSchema of(JsonNode root) {
        return new ProviderSchema(root);
    }

    public String pluginVersion() {
        return root.path("pluginVersion").asText();
    }

    /** @return the resource the schema keys {@code key} */
    public JsonNode resource(String key) {
        JsonNode node = root.path("resources").path(key);
        if (node.isMissingNode()) {
            throw new AssertionError("the schema has no resource " + key);
        }
        return node;
    }

    /** @return the schema resource whose token is {@code token} */
    private Optional<JsonNode> resourceByToken(String token) {
        for (JsonNode resource : root.path("resources")) {
            if (resource.path("token").asText().equals(token)) {
                return Optional.of(resource);
            }
        }
        return Optional.empty();
    }

    /** Checks a binding's {@code @ResourceType} against {@code resources.<key>.token}. */
    public List<String> tokenProblems(Class<?> binding, String key) {
        var annotation = binding.getAnnotation(ResourceType.class);
        String expected = resource(key).path("token").asText();
        if (annotation == null || !annotation.type().equals(expected)) {
            return List.of(binding.getSimpleName() + ": token "
                    + (annotation == null ? "missing" : annotation.type()) + ", schema has " + expected);
        }
        return List.of();
    }

    /**
     * Checks an Args class against a schema resource's inputs, recursing through nested Args: every
     * {@code @Import} name exists, is not deprecated, has a matching kind and required flag; every
     * required schema input is bound.
     */
    public List<String> argsProblems(Class<? extends ResourceArgs> args, String resourceKey) {
        JsonNode resource = resource(resourceKey);
        var problems = new ArrayList<String>();
        check(args, resource.path("inputs"), strings(resource.path("requiredInputs")), problems);
        return problems;
    }

    private void check(Class<?> args, JsonNode properties, List<String> required, List<String> problems) {
        var bound = new ArrayList<String>();
        for (Field field : args.getDeclaredFields()) {
            Import annotation = field.getAnnotation(Import.class);
            if (annotation == null) {
                continue;
            }
            String name = annotation.name();
            String where = args.getSimpleName() + "." + name;
            bound.add(name);
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                problems.add(where + ": not an input of the schema");
                continue;
            }
            if (property.has("deprecated")) {
                problems.add(where + ": deprecated (" + property.path("deprecated").asText() + ")");
            }
            boolean schemaRequired = required.contains(name) || property.path("required").asBoolean(false);
            if (annotation.required() != schemaRequired) {
                problems.add(where + ": required=" + annotation.required() + ", schema says " + schemaRequired);
            }
            checkKind(where, outputContent(field.getGenericType()), property, problems);
        }
        for (String name : required) {
            if (!bound.contains(name)) {
                problems.add(args.getSimpleName() + ": required input " + name + " is not bound");
            }
        }
    }

    private void checkKind(String where, Type type, JsonNode property, List<String> problems) {
        String kind = property.path("type").asText();
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!kind.equals("array")) {
                problems.add(where + ": bound as a list, schema type " + kind);
                return;
            }
            checkKind(where + "[]", list.getActualTypeArguments()[0], property.path("items"), problems);
            return;
        }
        Class<?> raw = (Class<?>) type;
        String expected = raw == String.class ? "string"
                : raw == Integer.class ? "integer"
                : raw == Double.class ? "number"
                : raw == Boolean.class ? "boolean"
                : ResourceArgs.class.isAssignableFrom(raw) ? "object"
                : raw.getSimpleName();
        if (!expected.equals(kind)) {
            problems.add(where + ": bound as " + raw.getSimpleName() + ", schema type " + kind);
            return;
        }
        if (expected.equals("object")) {
            // The class name may differ from the schema's (renamed in the binding list): the properties decide.
            JsonNode nested = root.path("types").path(property.path("ref").asText()).path("properties");
            var nestedRequired = new ArrayList<String>();
            nested.fields().forEachRemaining(e -> {
                if (e.getValue().path("required").asBoolean(false)) {
                    nestedRequired.add(e.getKey());
                }
            });
            check(raw, nested, nestedRequired, problems);
        }
    }

    /** @return T of a field declared {@code Output<T>} */
    private static Type outputContent(Type fieldType) {
        var output = (ParameterizedType) fieldType;
        if (output.getRawType() != Output.class) {
            throw new IllegalArgumentException("@Import field is not an Output: " + fieldType);
        }
        return output.getActualTypeArguments()[0];
    }

    /**
     * Checks registered inputs (as the Pulumi mocks see them) against the schema resource with that
     * token: every key is a known, non-deprecated input; required inputs are present; enum-like
     * values are in {@code allowedValues}; value kinds match.
     */
    public List<String> inputProblems(String token, Map<String, Object> inputs) {
        var problems = new ArrayList<String>();
        var resource = resourceByToken(token);
        if (resource.isEmpty()) {
            return List.of(token + ": no such resource in the schema");
        }
        for (String name : strings(resource.get().path("requiredInputs"))) {
            if (!inputs.containsKey(name)) {
                problems.add(token + ": required input " + name + " missing");
            }
        }
        checkValues(token, inputs, resource.get().path("inputs"), problems);
        return problems;
    }

    private void checkValues(String where, Map<?, ?> values, JsonNode properties, List<String> problems) {
        values.forEach((key, value) -> {
            String path = where + "." + key;
            JsonNode property = properties.path(String.valueOf(key));
            if (property.isMissingNode()) {
                problems.add(path + ": not in the schema");
            } else if (property.has("deprecated")) {
                problems.add(path + ": deprecated");
            } else {
                checkValue(path, value, property, problems);
            }
        });
    }

    private void checkValue(String path, Object value, JsonNode property, List<String> problems) {
        String kind = property.path("type").asText();
        boolean kindMatches = switch (kind) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> true;
        };
        if (!kindMatches) {
            problems.add(path + ": " + value + " is not of schema type " + kind);
            return;
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String itemPath = path + "[" + i + "]";
                // On an array the schema's allowedValues list what each element may be.
                if (property.has("allowedValues") && !allowed(list.get(i), property.path("allowedValues"))) {
                    problems.add(itemPath + ": " + list.get(i) + " not in " + property.path("allowedValues"));
                }
                checkValue(itemPath, list.get(i), property.path("items"), problems);
            }
            return;
        }
        if (property.has("allowedValues") && !allowed(value, property.path("allowedValues"))) {
            problems.add(path + ": " + value + " not in " + property.path("allowedValues"));
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode type = root.path("types").path(property.path("ref").asText());
            checkValues(path, map, type.path("properties"), problems);
            type.path("properties").fields().forEachRemaining(e -> {
                if (e.getValue().path("required").asBoolean(false) && !map.containsKey(e.getKey())) {
                    problems.add(path + "." + e.getKey() + ": required property missing");
                }
            });
        }
    }

    private static boolean allowed(Object value, JsonNode allowedValues) {
        for (JsonNode candidate : allowedValues) {
            if (candidate.isNumber() ? value instanceof Number n && candidate.asDouble() == n.doubleValue()
                    : candidate.asText().equals(String.valueOf(value))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> strings(JsonNode array) {
        var names = new ArrayList<String>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }
}
