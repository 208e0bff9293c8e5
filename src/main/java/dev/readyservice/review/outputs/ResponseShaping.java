package dev.readyservice.review.outputs;

import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a resource's inputs onto its response shape the way pulumi-azure-native's preview does
 * ({@code provider/pkg/convert/previewOutputs.go}): every property of the shape is in the result;
 * an input of the matching type is kept (objects recursed into their response type, lists per
 * item, maps per value); an absent input or one of another type is unknown; an untyped property
 * keeps its input; inputs that are not response properties (path parameters) are dropped.
 *
 * <p>A secret input is shaped inside its secret wrapper and stays secret.
 */
final class ResponseShaping {
    private ResponseShaping() {
    }

    /** The outputs for {@code inputs} under {@code properties}. */
    static Map<String, Object> outputs(Map<String, Shape> properties, Map<?, ?> inputs) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((name, shape) -> result.put(name,
                inputs.containsKey(name) ? value(inputs.get(name), shape) : WireValues.UNKNOWN));
        return result;
    }

    static Object value(Object input, Shape shape) {
        if (WireValues.isSecret(input)) {
            Map<String, Object> secret = cast((Map<?, ?>) input);
            secret.put("value", value(secret.get("value"), shape));
            return secret;
        }
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(input, scalar.kind());
        }
        if (shape instanceof Shape.ListOf list) {
            return input instanceof List<?> items ? items(items, list.items()) : WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.MapOf map) {
            return isObject(input) ? values((Map<?, ?>) input, map.values()) : WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.ObjectOf object) {
            return isObject(input) ? outputs(object.properties().get(), (Map<?, ?>) input) : WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.Union) {
            return isObject(input) ? input : WireValues.UNKNOWN;
        }
        return input;
    }

    private static Object scalar(Object input, Shape.Kind kind) {
        boolean matches = switch (kind) {
            case STRING -> input instanceof String;
            case NUMBER -> input instanceof Number;
            case BOOLEAN -> input instanceof Boolean;
        };
        return matches ? input : WireValues.UNKNOWN;
    }

    private static List<Object> items(List<?> items, Shape shape) {
        List<Object> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(value(item, shape)));
        return result;
    }

    private static Map<String, Object> values(Map<?, ?> map, Shape shape) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, v) -> result.put(String.valueOf(key), value(v, shape)));
        return result;
    }

    /** A plain object: a map that is not a secret or a resource reference. */
    private static boolean isObject(Object value) {
        return value instanceof Map<?, ?> map && !map.containsKey(WireValues.SIG_KEY);
    }

    private static Map<String, Object> cast(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
