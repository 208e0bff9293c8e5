package dev.readyservice.evidence.qaenv;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Walks two stacks' {@code config:} maps side by side and lists every key whose value differs,
 * classified by {@link ParityRules}.
 *
 * <p>How values are matched: maps key by key; lists of maps that all have a {@code name} (the
 * components) by name, so reordering components is no difference; lists of plain values (support
 * days, alert classes) as sets; other lists (escalation levels, targets) by position. Numbers
 * compare by value ({@code 5} equals {@code 5.0}); a map or list present on one side only is one
 * difference at its own key, not one per key inside it. Secrets are equal when both are set.
 */
final class ConfigComparison {
    private final List<ConfigDifference> differences = new ArrayList<>();

    private ConfigComparison() {
    }

    /** The differences between {@code qa} and {@code prod}, in the order of the prod file. */
    static List<ConfigDifference> compare(JsonNode qa, JsonNode prod) {
        ConfigComparison comparison = new ConfigComparison();
        comparison.fields("", qa, prod);
        return List.copyOf(comparison.differences);
    }

    private void walk(String key, JsonNode qa, JsonNode prod) {
        if (qa == null || prod == null || qa.isNull() || prod.isNull()) {
            if (!absent(qa) || !absent(prod)) {
                differ(key, qa, prod);
            }
        } else if (secret(qa) || secret(prod)) {
            // Cipher text differs per stack by design: two set secrets are the same setting.
            if (secret(qa) != secret(prod)) {
                differ(key, qa, prod);
            }
        } else if (qa.isObject() && prod.isObject()) {
            fields(key, qa, prod);
        } else if (qa.isArray() && prod.isArray()) {
            list(key, qa, prod);
        } else if (qa.isContainerNode() || prod.isContainerNode()) {
            differ(key, qa, prod);
        } else if (!sameScalar(qa, prod)) {
            differ(key, qa, prod);
        }
    }

    private void fields(String key, JsonNode qa, JsonNode prod) {
        Set<String> names = new LinkedHashSet<>();
        prod.fieldNames().forEachRemaining(names::add);
        qa.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            walk(key.isEmpty() ? name : key + "." + name, qa.get(name), prod.get(name));
        }
    }

    private void list(String key, JsonNode qa, JsonNode prod) {
        if (qa.isEmpty() && prod.isEmpty()) {
            return;
        }
        if ((named(qa) || qa.isEmpty()) && (named(prod) || prod.isEmpty())) {
            Map<String, JsonNode> qaByName = byName(qa);
            Map<String, JsonNode> prodByName = byName(prod);
            Set<String> names = new LinkedHashSet<>(prodByName.keySet());
            names.addAll(qaByName.keySet());
            for (String name : names) {
                walk(key + "[" + name + "]", qaByName.get(name), prodByName.get(name));
            }
        } else if (scalars(qa) && scalars(prod)) {
            if (!asSet(qa).equals(asSet(prod))) {
                differ(key, qa, prod);
            }
        } else {
            for (int i = 0; i < Math.max(qa.size(), prod.size()); i++) {
                walk(key + "[" + i + "]", qa.get(i), prod.get(i));
            }
        }
    }

    private void differ(String key, JsonNode qa, JsonNode prod) {
        ParityRule rule = ParityRules.ruleFor(key);
        differences.add(new ConfigDifference(key, render(qa, prod), render(prod, qa), rule.allowed(), rule.why()));
    }

    /** Renders {@code value} for the report; {@code other} decides whether a plain value could be a secret in clear. */
    static String render(JsonNode value, JsonNode other) {
        if (absent(value)) {
            return ConfigDifference.ABSENT;
        }
        if (secret(value)) {
            return ConfigDifference.SECRET;
        }
        if (other != null && secret(other)) {
            return ConfigDifference.PLAIN_NOT_SHOWN;
        }
        if (value.isArray() && scalars(value)) {
            return stream(value).map(JsonNode::asText).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.isContainerNode() ? ConfigDifference.PRESENT : value.asText();
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Pulumi writes a secret config value as a map with the single key {@code secure}. */
    static boolean secret(JsonNode node) {
        return node != null && node.isObject() && node.size() == 1 && node.has("secure");
    }

    private static boolean sameScalar(JsonNode qa, JsonNode prod) {
        if (qa.isNumber() && prod.isNumber()) {
            return qa.decimalValue().compareTo(prod.decimalValue()) == 0;
        }
        if (qa.isNumber() != prod.isNumber() && numeric(qa) && numeric(prod)) {
            return new BigDecimal(qa.asText()).compareTo(new BigDecimal(prod.asText())) == 0;
        }
        // Pulumi config may quote any scalar ("true", "5"); the program reads both the same way.
        return qa.asText().equals(prod.asText());
    }

    private static boolean numeric(JsonNode node) {
        try {
            new BigDecimal(node.asText());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean named(JsonNode list) {
        return list.size() > 0 && stream(list).allMatch(n -> n.isObject() && n.path("name").isTextual());
    }

    private static boolean scalars(JsonNode list) {
        return stream(list).allMatch(JsonNode::isValueNode);
    }

    private static Map<String, JsonNode> byName(JsonNode list) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = list.elements(); it.hasNext();) {
            JsonNode n = it.next();
            byName.putIfAbsent(n.get("name").asText(), n);
        }
        return byName;
    }

    private static Set<String> asSet(JsonNode list) {
        return stream(list).map(JsonNode::asText).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false);
    }
}
