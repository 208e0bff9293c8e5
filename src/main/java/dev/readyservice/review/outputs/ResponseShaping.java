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
 *
 * <p>For a Java program ({@code forJavaSdk}), a list or map of unions is unknown as a whole: the Java
 * SDK (1.36.1) reads a union object as {@code null} (it cannot match a map to either side of an
 * {@code Either} of response classes) and then fails building the immutable list or map around it,
 * so the program would crash on the answer (docs/fidelity.md, "Known differences").
 */
final class ResponseShaping {
    private ResponseShaping() {
    }

    /** The outputs for {@code inputs} under {@code properties}. */
    static Map<String, Object> outputs(Map<String, Shape> properties, Map<?, ?> inputs) {
        return outputs(properties, inputs, false);
    }

    /** As {@link #outputs(Map, Map)}; {@code forJavaSdk}: what a Java program can read (above). */
    static Map<String, Object> outputs(Map<String, Shape> properties, Map<?, ?> inputs, boolean forJavaSdk) {
        Map<String, Object> result = new LinkedHashMap<>();
        properties.forEach((name, shape) -> result.put(name,
                inputs.containsKey(name) ? value(inputs.get(name), shape, forJavaSdk) : WireValues.UNKNOWN));
        return result;
    }

    static Object value(Object input, Shape shape) {
        return value(input, shape, false);
    }

    private static Object value(Object input, Shape shape, boolean forJavaSdk) {
        if (WireValues.isSecret(input)) {
            Map<String, Object> secret = cast((Map<?, ?>) input);
            secret.put("value", value(secret.get("value"), shape, forJavaSdk));
            return secret;
        }
        if (forJavaSdk && (shape instanceof Shape.ListOf list && list.items() instanceof Shape.Union
                || shape instanceof Shape.MapOf map && map.values() instanceof Shape.Union)) {
            return WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.Scalar scalar) {
            return scalar(input, scalar.kind());
        }
        if (shape instanceof Shape.ListOf list) {
            return input instanceof List<?> items ? items(items, list.items(), forJavaSdk) : WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.MapOf map) {
            return isObject(input) ? values((Map<?, ?>) input, map.values(), forJavaSdk) : WireValues.UNKNOWN;
        }
        if (shape instanceof Shape.ObjectOf object) {
            return isObject(input) ? outputs(object.properties().get(), (Map<?, ?>) input, forJavaSdk) : WireValues.UNKNOWN;
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

    private static List<Object> items(List<?> items, Shape shape, boolean forJavaSdk) {
        List<Object> result = new ArrayList<>(items.size());
        items.forEach(item -> result.add(value(item, shape, forJavaSdk)));
        return result;
    }

    private static Map<String, Object> values(Map<?, ?> map, Shape shape, boolean forJavaSdk) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, v) -> result.put(String.valueOf(key), value(v, shape, forJavaSdk)));
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
