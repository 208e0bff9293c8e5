package dev.readyservice.analyzer;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import java.util.Map;

/**
 * Converts wire-form Java values (as {@link dev.readyservice.review.RecordedResource#inputs()} holds
 * them) to protobuf {@link Struct}s. Secrets, unknowns and resource references keep their wire
 * markers, as the engine keeps them when it marshals properties for an analyzer.
 */
final class WireStructs {

    private WireStructs() {
    }

    static Struct struct(Map<String, ?> values) {
        Struct.Builder builder = Struct.newBuilder();
        values.forEach((key, value) -> builder.putFields(key, value(value)));
        return builder.build();
    }

    static Value value(Object value) {
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
            Struct.Builder builder = Struct.newBuilder();
            map.forEach((k, v) -> builder.putFields(String.valueOf(k), value(v)));
            return Value.newBuilder().setStructValue(builder).build();
        }
        if (value instanceof List<?> list) {
            ListValue.Builder builder = ListValue.newBuilder();
            list.forEach(v -> builder.addValues(value(v)));
            return Value.newBuilder().setListValue(builder).build();
        }
        throw new IllegalArgumentException("a wire value must be a String, Number, Boolean, List, Map or null, got "
                + value.getClass().getName());
    }
}
