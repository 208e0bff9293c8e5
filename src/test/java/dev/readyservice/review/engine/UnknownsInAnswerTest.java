package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.StructValues;
import dev.readyservice.review.WireValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The engine's answer to {@code RegisterResource} leaves out every property holding an unknown when
 * the SDK does not declare {@code supportsPartialValues} (pulumi/pulumi {@code source_eval.go}), as
 * the Java SDK 1.36.1 does not: the SDK then fills those unknown without the resource as their
 * dependency, and the offline review must see the same property dependencies a real preview does.
 */
class UnknownsInAnswerTest {
    private static final Map<String, Object> ANSWER = Map.of(
            "name", "shop-api", "key", WireValues.UNKNOWN,
            "nested", Map.of("deep", List.of("a", WireValues.UNKNOWN)), "known", Map.of("deep", List.of("a")));

    @Test
    void leavesOutEveryPropertyHoldingAnUnknownForAnSdkWithoutPartialValues() {
        var answer = StructValues.toMap(ResourceMonitorService.withoutUnknownsUnlessPartial(StructValues.toStruct(ANSWER), false));

        assertThat(answer).containsOnlyKeys("name", "known");
    }

    @Test
    void keepsThemForAnSdkThatTakesPartialValues() {
        var answer = StructValues.toMap(ResourceMonitorService.withoutUnknownsUnlessPartial(StructValues.toStruct(ANSWER), true));

        assertThat(answer).containsOnlyKeys("name", "key", "nested", "known");
    }
}
