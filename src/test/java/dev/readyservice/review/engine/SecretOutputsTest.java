package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretOutputsTest {
    private static final Map<String, Object> SECRET = Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "k");

    @Test
    void wrapsTheNamedOutputsOnceAndLeavesTheOthers() {
        var outputs = StructValues.toStruct(Map.of("key", "k", "already", SECRET, "name", "n"));

        var marked = StructValues.toMap(SecretOutputs.mark(outputs, List.of("key", "already", "absent")));

        assertThat(marked).isEqualTo(Map.of("key", SECRET, "already", SECRET, "name", "n"));
    }

    @Test
    void leavesOutputsAloneWhenNoneAreNamed() {
        var outputs = StructValues.toStruct(Map.of("key", "k"));
        assertThat(SecretOutputs.mark(outputs, List.of())).isSameAs(outputs);
    }
}
