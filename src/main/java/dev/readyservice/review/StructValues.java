package dev.readyservice.review;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between protobuf {@link Struct}s and plain Java values ({@code String}, {@code Double},
 * {@code Boolean}, {@code List}, {@code Map}, {@code null}).
 *
 * <p>The conversion is structural only: unknowns, secrets and resource references stay in Pulumi's
 * wire form (see {@link WireValues}), so a secret stays a secret marker
 * and nothing is ever unwrapped.
 */
public final class StructValues {
    private StructValues() {
    }

    /** The struct's fields as an insertion-ordered map of plain values. */
    public static Map<String, Object> toMap(Struct struct) {
        Map<String, Object> map = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((key, value) -> map.put(key, toJava(value)));
        return map;
    }

    /** One protobuf value as a plain Java value. */
    public static Object toJava(Value value) {
        return switch (value.getKindCase()) {
            case NULL_VALUE, KIND_NOT_SET -> null;
            case NUMBER_VALUE -> value.getNumberValue();
            case STRING_VALUE -> value.getStringValue();
            case BOOL_VALUE -> value.getBoolValue();
            case STRUCT_VALUE -> toMap(value.getStructValue());
            case LIST_VALUE -> {
                List<Object> list = new ArrayList<>();
                value.getListValue().getValuesList().forEach(v -> list.add(toJava(v)));
                yield list;
            }
        };
    }

    /** A map of plain values as a struct. */
    public static Struct toStruct(Map<String, ?> map) {
        Struct.Builder builder = Struct.newBuilder();
        map.forEach((key, value) -> builder.putFields(key, toValue(value)));
        return builder.build();
    }

    /**
     * A plain value as a protobuf value.
     *
     * @throws IllegalArgumentException for a type that has no wire form, naming the type
     */
    public static Value toValue(Object value) {
        if (value == null) {
            return Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build();
        }
        if (value instanceof String s) {
            return Value.newBuilder().setStringValue(s).build();
        }
        if (value instanceof Boolean b) {
            return Value.newBuilder().setBoolValue(b).build();
        }
        if (value instanceof Number n) {
            return Value.newBuilder().setNumberValue(n.doubleValue()).build();
        }
        if (value instanceof Map<?, ?> map) {
            Struct.Builder struct = Struct.newBuilder();
            map.forEach((k, v) -> struct.putFields(String.valueOf(k), toValue(v)));
            return Value.newBuilder().setStructValue(struct).build();
        }
        if (value instanceof List<?> list) {
            ListValue.Builder items = ListValue.newBuilder();
            list.forEach(v -> items.addValues(toValue(v)));
            return Value.newBuilder().setListValue(items).build();
        }
        throw new IllegalArgumentException("no Pulumi wire form for a value of type " + value.getClass().getName());
    }
}
