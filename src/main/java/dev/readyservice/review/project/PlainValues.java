package dev.readyservice.review.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * YAML and JSON trees as the plain values of the engine's wire form: every number a {@code Double}
 * (as protobuf carries it), so a pinned argument {@code 3} equals the {@code 3.0} a program sends.
 */
final class PlainValues {
    private PlainValues() {
    }

    static Map<String, Object> map(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
        return map;
    }

    static Object value(JsonNode node) {
        if (node.isObject()) {
            return map(node);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    /** True when a pinned value equals a value the program sent; a secret compares by what it holds. */
    static boolean same(Object pinned, Object sent) {
        Object plain = WireValues.isSecret(sent) ? ((Map<?, ?>) sent).get("value") : sent;
        if (pinned instanceof Number a && plain instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (pinned instanceof Map<?, ?> a && plain instanceof Map<?, ?> b) {
            return a.size() == b.size() && a.entrySet().stream().allMatch(e -> b.containsKey(e.getKey()) && same(e.getValue(), b.get(e.getKey())));
        }
        if (pinned instanceof List<?> a && plain instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(pinned, plain);
    }
}
