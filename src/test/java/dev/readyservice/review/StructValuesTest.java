package dev.readyservice.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ListValue;
import com.google.protobuf.NullValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import dev.readyservice.review.WireValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StructValuesTest {

    private static Value str(String s) {
        return Value.newBuilder().setStringValue(s).build();
    }

    @Test
    void convertsEveryKindIntoPlainJava() {
        Struct struct = Struct.newBuilder()
                .putFields("s", str("x"))
                .putFields("n", Value.newBuilder().setNumberValue(2.5).build())
                .putFields("b", Value.newBuilder().setBoolValue(true).build())
                .putFields("nothing", Value.newBuilder().setNullValue(NullValue.NULL_VALUE).build())
                .putFields("unset", Value.getDefaultInstance())
                .putFields("list", Value.newBuilder().setListValue(ListValue.newBuilder().addValues(str("a")).addValues(str("b"))).build())
                .build();

        Map<String, Object> map = StructValues.toMap(struct);

        assertThat(map).containsEntry("s", "x").containsEntry("n", 2.5).containsEntry("b", true)
                .containsEntry("nothing", null).containsEntry("unset", null).containsEntry("list", List.of("a", "b"));
    }

    @Test
    void keepsSecretsUnknownsAndResourceReferencesInWireForm() {
        Map<String, Object> secret = Map.of(WireValues.SIG_KEY, WireValues.SECRET_SIG, "value", "s3cr3t");
        Map<String, Object> reference = Map.of(WireValues.SIG_KEY, WireValues.RESOURCE_REFERENCE_SIG,
                "urn", "urn:pulumi:qa::shop::t:i:T::n", "id", WireValues.UNKNOWN);
        Map<String, Object> inputs = Map.of("password", secret, "peer", reference, "later", WireValues.UNKNOWN,
                "nested", List.of(Map.of("inner", secret)));

        Map<String, Object> back = StructValues.toMap(StructValues.toStruct(inputs));

        assertThat(back).isEqualTo(inputs);
        assertThat(WireValues.isSecret(back.get("password"))).isTrue();
        assertThat(WireValues.isSecret(back.get("peer"))).isFalse();
        assertThat(WireValues.containsUnknown(back.get("peer"))).isTrue();
    }

    @Test
    void writesIntegersAsNumbers() {
        assertThat(StructValues.toValue(3).getNumberValue()).isEqualTo(3.0);
        assertThat(StructValues.toValue(null).hasNullValue()).isTrue();
    }

    @Test
    void refusesValuesWithoutAWireForm() {
        assertThatThrownBy(() -> StructValues.toValue(new Object()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no Pulumi wire form for a value of type java.lang.Object");
    }

    @Property(tries = 200)
    void roundTripsNestedPlainValues(@ForAll("trees") Map<String, Object> tree) {
        assertThat(StructValues.toMap(StructValues.toStruct(tree))).isEqualTo(tree);
    }

    @Provide
    Arbitrary<Map<String, Object>> trees() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(8).map(s -> (Object) s),
                Arbitraries.doubles().between(-1e6, 1e6).map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(WireValues.UNKNOWN).map(s -> (Object) s));
        Arbitrary<Object> level1 = Arbitraries.oneOf(leaf,
                leaf.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)),
                Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(4), leaf).ofMaxSize(3)
                        .map(m -> (Object) new LinkedHashMap<>(m)));
        Arbitrary<Object> level2 = Arbitraries.oneOf(level1, level1.list().ofMaxSize(3).map(l -> (Object) new ArrayList<>(l)));
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), level2).ofMaxSize(5)
                .map(LinkedHashMap::new);
    }

    @Test
    void aStructAndItsJavaFormAreNotConfusedWithAList() {
        assertThat(StructValues.toJava(StructValues.toValue(Arrays.asList("a", null)))).isEqualTo(Arrays.asList("a", null));
    }

    @Test
    void convertsWireValuesToProtobufValues() {
        Value value = StructValues.toValue(Map.of("list", Arrays.asList("a", 1, true, null)));

        List<Value> list = value.getStructValue().getFieldsOrThrow("list").getListValue().getValuesList();
        assertThat(list.get(0).getStringValue()).isEqualTo("a");
        assertThat(list.get(1).getNumberValue()).isEqualTo(1.0);
        assertThat(list.get(2).getBoolValue()).isTrue();
        assertThat(list.get(3).hasNullValue()).isTrue();
    }
}
