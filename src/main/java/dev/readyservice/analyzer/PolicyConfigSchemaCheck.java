package dev.readyservice.analyzer;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.readyservice.review.StructValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import pulumirpc.AnalyzerOuterClass;

/**
 * Checks a policy config against the config schemas the pack declares, as the Pulumi CLI does
 * before {@code Configure} (pulumi/pulumi {@code pkg/resource/analyzer/config.go},
 * {@code ReconcilePolicyPackConfig}: every policy's config, the schema's defaults filled in, is
 * validated as a JSON Schema object): the pack itself does not (a string {@code "yes"} for a
 * boolean would reach the policy as truthy). Every value is checked down to each entry of a list
 * and each property of an object, so each waiver in a {@code waivers} list is checked against the
 * schema's {@code items}, as the CLI checks it.
 *
 * <p>Keywords checked: {@code type}, {@code enum}, {@code const}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items}, {@code minItems},
 * {@code maxItems}, {@code minLength}, {@code maxLength}, {@code pattern}, {@code minimum},
 * {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}. Other keywords are not
 * checked (the CLI's validator knows more; the pack's schemas use none of them).
 */
final class PolicyConfigSchemaCheck {

    private PolicyConfigSchemaCheck() {
    }

    /** The problems of {@code config}, each naming policy, property (with its path), value and what is allowed. */
    static List<String> problems(AnalyzerOuterClass.AnalyzerInfo info, PolicyConfig config) {
        List<String> problems = new ArrayList<>();
        for (AnalyzerOuterClass.PolicyInfo policy : info.getPoliciesList()) {
            PolicyConfig.Entry entry = config.policies().get(policy.getName());
            Map<String, Object> values = entry == null ? Map.of() : entry.properties();
            Struct schema = policy.getConfigSchema().getProperties();
            AnalyzerOuterClass.PolicyConfig initial = info.getInitialConfigMap().get(policy.getName());
            String where = "policy '" + policy.getName() + "': ";
            for (String required : policy.getConfigSchema().getRequiredList()) {
                boolean hasDefault = initial != null && initial.getProperties().containsFields(required)
                        || schema.getFieldsOrDefault(required, Value.getDefaultInstance()).getStructValue().containsFields("default");
                if (!values.containsKey(required) && !hasDefault) {
                    problems.add(where + "property '" + required + "' is required");
                }
            }
            values.forEach((name, value) -> {
                if (schema.containsFields(name)) {
                    // Pulumi's schemas allow additional properties unless they say otherwise; so do we.
                    check(where, name, value, schema.getFieldsOrThrow(name).getStructValue(), problems);
                }
            });
        }
        return problems;
    }

    /** Checks {@code value} at {@code path} against {@code schema}, adding every problem found. */
    private static void check(String where, String path, Object value, Struct schema, List<String> problems) {
        String is = where + "property '" + path + "' is " + describe(value) + "; allowed: ";
        List<String> types = strings(schema.getFieldsOrDefault("type", Value.getDefaultInstance()));
        if (!types.isEmpty() && types.stream().noneMatch(t -> hasType(value, t))) {
            problems.add(is + String.join(" or ", types));
            return;
        }
        Value allowed = schema.getFieldsOrDefault("enum", Value.getDefaultInstance());
        if (allowed.hasListValue() && allowed.getListValue().getValuesList().stream().noneMatch(v -> same(v, value))) {
            problems.add(is + "one of " + allowed.getListValue().getValuesList().stream().map(PolicyConfigSchemaCheck::plain).toList());
        }
        if (schema.containsFields("const") && !same(schema.getFieldsOrThrow("const"), value)) {
            problems.add(is + "only " + plain(schema.getFieldsOrThrow("const")));
        }
        if (value instanceof String s) {
            bound(schema, "minLength", s.codePointCount(0, s.length()), true, is + "at least %s characters", problems);
            bound(schema, "maxLength", s.codePointCount(0, s.length()), false, is + "at most %s characters", problems);
            Value pattern = schema.getFieldsOrDefault("pattern", Value.getDefaultInstance());
            if (pattern.hasStringValue() && !matches(pattern.getStringValue(), s)) {
                problems.add(is + "text matching " + pattern.getStringValue());
            }
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            bound(schema, "minimum", d, true, is + "at least %s", problems);
            bound(schema, "maximum", d, false, is + "at most %s", problems);
            number(schema, "exclusiveMinimum").filter(min -> d <= min).ifPresent(min -> problems.add(is + "more than " + text(min)));
            number(schema, "exclusiveMaximum").filter(max -> d >= max).ifPresent(max -> problems.add(is + "less than " + text(max)));
        }
        if (value instanceof List<?> list) {
            bound(schema, "minItems", list.size(), true, is + "at least %s entries", problems);
            bound(schema, "maxItems", list.size(), false, is + "at most %s entries", problems);
            Value items = schema.getFieldsOrDefault("items", Value.getDefaultInstance());
            if (items.hasStructValue()) {
                for (int i = 0; i < list.size(); i++) {
                    check(where, path + "[" + i + "]", list.get(i), items.getStructValue(), problems);
                }
            }
        }
        if (value instanceof Map<?, ?> map) {
            object(where, path, map, schema, problems);
        }
    }

    private static void object(String where, String path, Map<?, ?> map, Struct schema, List<String> problems) {
        strings(schema.getFieldsOrDefault("required", Value.getDefaultInstance())).stream()
                .filter(name -> !map.containsKey(name))
                .forEach(name -> problems.add(where + "property '" + path + "." + name + "' is required"));
        Struct properties = schema.getFieldsOrDefault("properties", Value.getDefaultInstance()).getStructValue();
        Value additional = schema.getFieldsOrDefault("additionalProperties", Value.getDefaultInstance());
        map.forEach((key, inner) -> {
            String name = String.valueOf(key);
            if (properties.containsFields(name)) {
                check(where, path + "." + name, inner, properties.getFieldsOrThrow(name).getStructValue(), problems);
            } else if (additional.hasBoolValue() && !additional.getBoolValue()) {
                problems.add(where + "property '" + path + "." + name + "' is not allowed; allowed: "
                        + (properties.getFieldsCount() == 0 ? "no properties" : String.join(", ", new java.util.TreeSet<>(properties.getFieldsMap().keySet()))));
            } else if (additional.hasStructValue()) {
                check(where, path + "." + name, inner, additional.getStructValue(), problems);
            }
        });
    }

    private static void bound(Struct schema, String keyword, double actual, boolean lower, String message, List<String> problems) {
        number(schema, keyword).filter(limit -> lower ? actual < limit : actual > limit)
                .ifPresent(limit -> problems.add(String.format(message, text(limit))));
    }

    private static java.util.Optional<Double> number(Struct schema, String keyword) {
        Value v = schema.getFieldsOrDefault(keyword, Value.getDefaultInstance());
        return v.hasNumberValue() ? java.util.Optional.of(v.getNumberValue()) : java.util.Optional.empty();
    }

    private static boolean matches(String pattern, String text) {
        try {
            // JSON Schema patterns are not anchored: they match anywhere in the text.
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    private static List<String> strings(Value value) {
        if (value.hasListValue()) {
            return value.getListValue().getValuesList().stream().map(Value::getStringValue).toList();
        }
        return value.hasStringValue() ? List.of(value.getStringValue()) : List.of();
    }

    private static boolean same(Value schemaValue, Object value) {
        Object expected = StructValues.toJava(schemaValue);
        if (expected instanceof Number a && value instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return Objects.equals(expected, value instanceof Number n ? (Object) n.doubleValue() : value);
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

    private static String text(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }

    private static String plain(Value value) {
        return value.hasStringValue() ? "\"" + value.getStringValue() + "\"" : value.toString().strip();
    }
}
