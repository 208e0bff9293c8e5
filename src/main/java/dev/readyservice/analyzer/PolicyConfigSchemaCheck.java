package dev.readyservice.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.readyservice.review.StructValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import pulumirpc.AnalyzerOuterClass;

/**
 * Checks a policy config against the config schemas the pack declares, as the Pulumi CLI does
 * before {@code Configure}: the pack itself does not (a string {@code "yes"} for a boolean would
 * reach the policy as truthy). Covers what policy schemas use: {@code type}, {@code enum} and
 * {@code required}; every problem is listed.
 */
final class PolicyConfigSchemaCheck {

    private PolicyConfigSchemaCheck() {
    }

    /** The problems of {@code config}, each naming policy, property, value and what is allowed. */
    static List<String> problems(AnalyzerOuterClass.AnalyzerInfo info, PolicyConfig config) {
        List<String> problems = new ArrayList<>();
        for (AnalyzerOuterClass.PolicyInfo policy : info.getPoliciesList()) {
            PolicyConfig.Entry entry = config.policies().get(policy.getName());
            Map<String, Object> values = entry == null ? Map.of() : entry.properties();
            Struct schema = policy.getConfigSchema().getProperties();
            AnalyzerOuterClass.PolicyConfig initial = info.getInitialConfigMap().get(policy.getName());
            for (String required : policy.getConfigSchema().getRequiredList()) {
                boolean hasDefault = initial != null && initial.getProperties().containsFields(required)
                        || schema.getFieldsOrDefault(required, Value.getDefaultInstance()).getStructValue().containsFields("default");
                if (!values.containsKey(required) && !hasDefault) {
                    problems.add("policy '" + policy.getName() + "': property '" + required + "' is required");
                }
            }
            values.forEach((name, value) -> {
                if (!schema.containsFields(name)) {
                    // Pulumi's schemas allow additional properties unless they say otherwise; we accept them too.
                    return;
                }
                Struct property = schema.getFieldsOrThrow(name).getStructValue();
                check(policy.getName(), name, value, property).ifPresent(problems::add);
            });
        }
        return problems;
    }

    private static Optional<String> check(String policy, String name, Object value, Struct property) {
        String where = "policy '" + policy + "': property '" + name + "' is " + describe(value);
        Value type = property.getFieldsOrDefault("type", Value.getDefaultInstance());
        List<String> types = type.hasListValue()
                ? type.getListValue().getValuesList().stream().map(Value::getStringValue).toList()
                : type.hasStringValue() ? List.of(type.getStringValue()) : List.of();
        if (!types.isEmpty() && types.stream().noneMatch(t -> hasType(value, t))) {
            return Optional.of(where + "; allowed: " + String.join(" or ", types));
        }
        Value allowed = property.getFieldsOrDefault("enum", Value.getDefaultInstance());
        if (allowed.hasListValue() && allowed.getListValue().getValuesList().stream().noneMatch(v -> v.equals(StructValues.toValue(value)))) {
            return Optional.of(where + "; allowed: one of " + allowed.getListValue().getValuesList().stream()
                    .map(PolicyConfigSchemaCheck::plain).toList());
        }
        return Optional.empty();
    }

    private static boolean hasType(Object value, String type) {
        return switch (type) {
            case "boolean" -> value instanceof Boolean;
            case "string" -> value instanceof String;
            case "number" -> value instanceof Number;
            case "integer" -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue());
            case "array" -> value instanceof List<?>;
            case "object" -> value instanceof Map<?, ?>;
            case "null" -> value == null;
            default -> true;
        };
    }

    private static String describe(Object value) {
        return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
    }

    private static String plain(Value value) {
        return value.hasStringValue() ? "\"" + value.getStringValue() + "\"" : value.toString().strip();
    }
}
