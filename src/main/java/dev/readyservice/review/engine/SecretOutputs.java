package dev.readyservice.review.engine;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import java.util.List;

/**
 * Marks the outputs a program named in {@code additionalSecretOutputs} as secrets, as the engine
 * does, so an input echoed as an output never loses the secrecy the program asked for.
 */
final class SecretOutputs {
    private SecretOutputs() {
    }

    /** {@code outputs} with every property named in {@code names} wrapped as a secret, unless it already is one. */
    static Struct mark(Struct outputs, List<String> names) {
        if (names.isEmpty()) {
            return outputs;
        }
        Struct.Builder marked = outputs.toBuilder();
        for (String name : names) {
            Value value = outputs.getFieldsMap().get(name);
            if (value != null && !WireValues.isSecret(StructValues.toJava(value))) {
                marked.putFields(name, Value.newBuilder().setStructValue(Struct.newBuilder()
                        .putFields(WireValues.SIG_KEY, Value.newBuilder().setStringValue(WireValues.SECRET_SIG).build())
                        .putFields("value", value)).build());
            }
        }
        return marked.build();
    }
}
