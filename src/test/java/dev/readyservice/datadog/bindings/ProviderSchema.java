package dev.readyservice.datadog.bindings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The shared Datadog provider schema ({@code ../shared/provider-schemas/datadog.json}, beside the
 * clone; never copied into the repository) and the checks our bindings must pass against it.
 * Each check returns the problems it found, so tests can show a failing case too.
 */
final class ProviderSchema {

    /** Where CI and the workstations keep the shared schema, relative to the project root. */
    static final Path LOCATION = Path.of("..", "shared", "provider-schemas", "datadog.json");

    private final JsonNode root;

    private ProviderSchema(JsonNode root) {
        this.root = root;
    }

    /** @return the schema, empty when the shared folder is absent */
    static Optional<ProviderSchema> load() throws IOException {
        if (!Files.isRegularFile(LOCATION)) {
            return Optional.empty();
        }
        return Optional.of(new ProviderSchema(new ObjectMapper().readTree(LOCATION.toFile())));
    }

    static ProviderSchema of(JsonNode root) {
        return new ProviderSchema(root);
    }

    String pluginVersion() {
        return root.get("pluginVersion").asText();
    }

    JsonNode resource(String key) {
        JsonNode node = root.path("resources").path(key);
        if (node.isMissingNode()) {
            throw new AssertionError("schema has no resource " + key);
        }
        return node;
    }

    /** @return the schema resource key whose token is {@code token}, or null */
    String resourceKeyOfToken(String token) {
        var names = root.get("resources").fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (token.equals(root.get("resources").get(key).path("token").asText())) {
                return key;
            }
        }
        return null;
    }

    /**
     * Checks every {@code @Import} of {@code argsClass}, and recursively of its nested args,
     * against the schema: the name exists, is not deprecated, and every required schema
     * property is a required import.
     */
    List<String> importProblems(String resourceKey, Class<? extends ResourceArgs> argsClass) {
        JsonNode resource = resource(resourceKey);
        List<String> problems = new ArrayList<>();
        Set<String> required = new HashSet<>();
        resource.path("requiredInputs").forEach(n -> required.add(n.asText()));
        checkImports(resourceKey, argsClass, resource.path("inputs"), required, problems);
        return problems;
    }

    private void checkImports(String where, Class<?> argsClass, JsonNode properties, Set<String> required, List<String> problems) {
        Map<String, Field> imports = new java.util.HashMap<>();
        for (Field field : argsClass.getDeclaredFields()) {
            Import annotation = field.getAnnotation(Import.class);
            if (annotation != null) {
                imports.put(annotation.name(), field);
            }
        }
        for (String name : required) {
            Field field = imports.get(name);
            if (field == null || !field.getAnnotation(Import.class).required()) {
                problems.add(where + ": required input " + name + " is not a required @Import of " + argsClass.getSimpleName());
            }
        }
        imports.forEach((name, field) -> {
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                problems.add(where + ": " + argsClass.getSimpleName() + " imports " + name + ", which the schema does not have");
                return;
            }
            if (property.has("deprecated")) {
                problems.add(where + ": " + name + " is deprecated: " + property.get("deprecated").asText());
            }
            nestedArgs(field.getGenericType()).ifPresent(nested -> {
                String ref = property.has("ref") ? property.get("ref").asText() : property.path("items").path("ref").asText();
                JsonNode type = root.path("types").path(ref);
                if (ref.isEmpty() || type.isMissingNode()) {
                    problems.add(where + ": " + name + " holds " + nested.getSimpleName() + " but the schema has no object type for it");
                    return;
                }
                Set<String> nestedRequired = new HashSet<>();
                type.path("properties").fields().forEachRemaining(e -> {
                    if (e.getValue().path("required").asBoolean(false)) {
                        nestedRequired.add(e.getKey());
                    }
                });
                checkImports(ref, nested, type.path("properties"), nestedRequired, problems);
            });
        });
    }

    /** @return X when the field is {@code Output<X>} or {@code Output<List<X>>} and X is args */
    private static Optional<Class<?>> nestedArgs(Type type) {
        if (type instanceof ParameterizedType p) {
            Type inner = p.getActualTypeArguments()[0];
            if (inner instanceof ParameterizedType list) {
                inner = list.getActualTypeArguments()[0];
            }
            if (inner instanceof Class<?> c && ResourceArgs.class.isAssignableFrom(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Checks registered input values: each names a schema property, has the schema's kind, and
     * is one of {@code allowedValues} where the schema lists them.
     */
    List<String> valueProblems(String token, Map<String, Object> inputs) {
        String key = resourceKeyOfToken(token);
        if (key == null) {
            return List.of(token + ": no such resource token in the schema");
        }
        List<String> problems = new ArrayList<>();
        checkValues(key, inputs, resource(key).path("inputs"), problems);
        return problems;
    }

    @SuppressWarnings("unchecked")
    private void checkValues(String where, Map<String, Object> values, JsonNode properties, List<String> problems) {
        values.forEach((name, value) -> {
            JsonNode property = properties.path(name);
            if (property.isMissingNode()) {
                problems.add(where + "." + name + ": not in the schema");
                return;
            }
            checkValue(where + "." + name, value, property, problems);
        });
    }

    @SuppressWarnings("unchecked")
    private void checkValue(String path, Object value, JsonNode property, List<String> problems) {
        String kind = property.path("type").asText();
        boolean kindOk = switch (kind) {
            case "string" -> value instanceof String;
            case "number", "integer" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> true;
        };
        if (!kindOk) {
            problems.add(path + ": is " + value + " (" + value.getClass().getSimpleName() + "), the schema wants " + kind);
            return;
        }
        if (property.has("allowedValues")) {
            boolean allowed = false;
            for (JsonNode option : property.get("allowedValues")) {
                allowed |= option.isNumber() ? value instanceof Number n && n.doubleValue() == option.asDouble()
                        : option.asText().equals(String.valueOf(value));
            }
            if (!allowed) {
                problems.add(path + ": \"" + value + "\" is not one of " + property.get("allowedValues"));
            }
        }
        if (value instanceof Map<?, ?> map) {
            JsonNode type = root.path("types").path(property.path("ref").asText());
            checkValues(property.path("ref").asText(), (Map<String, Object>) map, type.path("properties"), problems);
        } else if (value instanceof List<?> list) {
            JsonNode items = property.path("items");
            for (int i = 0; i < list.size(); i++) {
                if (items.has("ref")) {
                    String ref = items.get("ref").asText();
                    if (list.get(i) instanceof Map<?, ?> element) {
                        checkValues(ref, (Map<String, Object>) element, root.path("types").path(ref).path("properties"), problems);
                    } else {
                        problems.add(path + "[" + i + "]: is " + list.get(i) + ", the schema wants an object " + ref);
                    }
                } else if (items.has("type")) {
                    checkValue(path + "[" + i + "]", list.get(i), items, problems);
                }
            }
        }
    }
}
