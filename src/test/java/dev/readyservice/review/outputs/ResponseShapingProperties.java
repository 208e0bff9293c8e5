package dev.readyservice.review.outputs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.WireValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The response-shaping rules hold for any inputs, over a real SDK resource's shape. */
class ResponseShapingProperties {
    private static final String TOKEN = "azure-native:storage:StorageAccount";
    private static final Map<String, Shape> SHAPE = new AzureNativeShapes(ResponseShapingProperties.class.getClassLoader())
            .resource(TOKEN).orElseThrow();

    @Provide
    Arbitrary<Map<String, Object>> inputs() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of(List.copyOf(SHAPE.keySet())),
                Arbitraries.of("accountName", "resourceGroupName", "somethingElse"));
        Arbitrary<Object> values = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(5).map(v -> (Object) v),
                Arbitraries.of(true, false).map(v -> (Object) v), Arbitraries.doubles().between(0, 10).map(v -> (Object) v),
                Arbitraries.just(WireValues.UNKNOWN), Arbitraries.just(Map.of("x", 1.0)), Arbitraries.just(List.of("a")));
        return Arbitraries.maps(keys, values).ofMaxSize(12).map(LinkedHashMap::new);
    }

    @Property(tries = 300)
    void outputsAreExactlyTheResponsePropertiesEachKeptOnlyWhenItsInputFits(@ForAll("inputs") Map<String, Object> inputs) {
        Map<String, Object> outputs = ResponseShaping.outputs(SHAPE, inputs);

        assertThat(outputs.keySet()).isEqualTo(SHAPE.keySet());
        SHAPE.forEach((name, shape) -> {
            Object out = outputs.get(name);
            if (!inputs.containsKey(name)) {
                assertThat(out).as(name + " unset").isEqualTo(WireValues.UNKNOWN);
            } else if (shape instanceof Shape.Scalar) {
                Object in = inputs.get(name);
                boolean fits = switch (((Shape.Scalar) shape).kind()) {
                    case STRING -> in instanceof String;
                    case NUMBER -> in instanceof Number;
                    case BOOLEAN -> in instanceof Boolean;
                };
                assertThat(out).as(name + " = " + in).isEqualTo(fits ? in : WireValues.UNKNOWN);
            } else if (!(inputs.get(name) instanceof Map) && !(inputs.get(name) instanceof List)) {
                assertThat(out).as(name + " holds a scalar where the response has structure").isEqualTo(WireValues.UNKNOWN);
            }
        });
    }
}
