package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.StackConfigReader;
import dev.readyservice.component.SpecDefaults;
import dev.readyservice.component.SpecValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackConfigReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Pulumi.qa.yaml", "Pulumi.prod.yaml"})
    void referenceStacksReadAndValidateCleanly(String file) {
        Map<String, String> config = StackFiles.config(Path.of(file));
        ReadyServiceArgs args = read(config);
        assertThat(args.components()).extracting(c -> c.name()).containsExactly("api", "web", "worker");
        assertThat(args.signOffs()).hasSize(6);
        assertThat(SpecValidator.validate(SpecDefaults.resolve(args), LocalDate.of(2026, 11, 26))).isEmpty();
    }

    @Test
    void readsEveryFieldOfTheProdStack() {
        ReadyServiceArgs args = read(StackFiles.config(Path.of("Pulumi.prod.yaml")));
        assertThat(args.product().environment()).isEqualTo("prod");
        assertThat(args.components().get(0).capacity().maxInstances()).isEqualTo(30);
        assertThat(args.components().get(0).latencyThresholdMillis()).isEqualTo(400L);
        assertThat(args.paging().escalation().levels().get(1).targets()).hasSize(3);
        assertThat(args.paging().supportHours().timeZone()).isEqualTo("Europe/London");
        assertThat(args.data().customerManagedKey()).isTrue();
        assertThat(args.signOffs().get("tech.handover").by()).isEqualTo("sre-oncall@example.com");
    }

    @Test
    void reportsEveryTypeErrorAndUnknownKeyAtOnce() {
        Map<String, String> config = new HashMap<>();
        config.put("readyservice:product", "{\"name\":\"checkout\",\"envronment\":\"qa\"}");
        config.put("readyservice:components", "[{\"name\":\"api\",\"kind\":\"api\",\"capacity\":{\"maxInstances\":\"ten\",\"plannedPeakRps\":\"lots\"},\"customerFacing\":\"yes\"}]");
        config.put("readyservice:paging", "{\"escalation\":{\"loops\":1.5,\"levels\":{}}}");
        config.put("readyservice:data", "[]");
        config.put("readyservice:signOffs", "{\"tech.handover\":\"yes\"}");
        assertReadingFails(config)
                // 8 shape problems, and 11 range and presence problems of what could be read (the product has only a name).
                .hasMessageContaining("in stack config (namespace 'readyservice') (19 problems)")
                .hasMessageContaining("product.team: got <unset>")
                .hasMessageContaining("product.envronment: got unknown key; one of businessService, docsUrl, environment")
                .hasMessageContaining("components[0].capacity.maxInstances: got '\"ten\"'; a whole number")
                .hasMessageContaining("components[0].capacity.plannedPeakRps: got '\"lots\"'; a number")
                .hasMessageContaining("components[0].customerFacing: got '\"yes\"'; true or false")
                .hasMessageContaining("paging.escalation.loops: got '1.5'; a whole number")
                .hasMessageContaining("paging.escalation.levels: got '{}'; a list of levels")
                .hasMessageContaining("data: got '[]'; a map")
                .hasMessageContaining("signOffs.tech.handover: got '\"yes\"'; a map");
    }

    @Test
    void missingComponentsAndUnparsableValuesAreNamed() {
        Map<String, String> config = Map.of("readyservice:product", "{not json");
        assertReadingFails(config)
                .hasMessageContaining("product: got '{not json'; structured config (a YAML map or list)")
                .hasMessageContaining("components: got <unset>; a list of at least one component");
    }

    @Test
    void acceptsNumbersAndBooleansGivenAsText() {
        Map<String, String> config = Map.of(
                "readyservice:components", "[{\"name\":\"api\",\"kind\":\"api\",\"customerFacing\":\"false\",\"latencyThresholdMillis\":\"300\",\"capacity\":{\"plannedPeakRps\":\"12.5\",\"rpsPerInstance\":5,\"maxInstances\":\"4\"}}]",
                "readyservice:data", "{\"postgres\":\"true\",\"backupRetentionDays\":\"14\"}");
        ReadyServiceArgs args = read(config);
        assertThat(args.components().get(0).customerFacing()).isFalse();
        assertThat(args.components().get(0).latencyThresholdMillis()).isEqualTo(300L);
        assertThat(args.components().get(0).capacity().plannedPeakRps()).isEqualTo(12.5);
        assertThat(args.components().get(0).capacity().maxInstances()).isEqualTo(4);
        assertThat(args.data().postgres()).isTrue();
        assertThat(args.data().backupRetentionDays()).isEqualTo(14);
    }

    @Test
    void aTypeErrorDoesNotHideTheRangeErrorsBesideIt() {
        Map<String, String> config = new HashMap<>(StackFiles.config(Path.of("Pulumi.qa.yaml")));
        config.put("readyservice:components", "[{\"name\":\"api\",\"kind\":\"api\",\"availabilityTarget\":\"high\","
                + "\"capacity\":{\"plannedPeakRps\":40,\"rpsPerInstance\":25,\"minInstances\":1,\"maxInstances\":-3}}]");
        config.put("readyservice:paging", config.get("readyservice:paging").replace("Europe/London", "Mars/Olympus_Mons"));
        config.put("readyservice:data", "{\"backupRetentionDays\":0,\"redundancy\":\"ZRS\",\"customerManagedKey\":false,\"postgres\":false}");

        assertReadingFails(config)
                .hasMessageContaining("components[0].availabilityTarget: got '\"high\"'; a number")
                .hasMessageContaining("components[0].capacity.maxInstances: got '-3'")
                .hasMessageContaining("paging.supportHours.timeZone: got 'Mars/Olympus_Mons'")
                .hasMessageContaining("data.backupRetentionDays: got '0'")
                // The field with the type error is not reported a second time as missing.
                .message().doesNotContain("components[0].availabilityTarget: got <unset>");
    }

    @Test
    void anUnknownKeyDoesNotHideAMissingOne() {
        Map<String, String> config = new HashMap<>(StackFiles.config(Path.of("Pulumi.qa.yaml")));
        config.put("readyservice:product", config.get("readyservice:product").replace("\"team\"", "\"teem\""));

        assertReadingFails(config)
                .hasMessageContaining("product.teem: got unknown key")
                .hasMessageContaining("product.team: got <unset>");
    }

    @Test
    void anInvalidSpecEndsTheProgramWithTheExitCodeTheReviewReadsAsBadInput() {
        assertThat(App.exitCode(32, true)).isEqualTo(App.INVALID_SPEC_EXIT_CODE)
                .isEqualTo(dev.readyservice.review.ReviewException.Category.BAD_INPUT.exitCode());
        assertThat(App.exitCode(32, false)).isEqualTo(32);
        assertThat(App.exitCode(0, true)).isZero();
    }

    @Test
    void problemsInsideListsAreNamedByTheirFullPath() {
        Map<String, String> config = new HashMap<>(StackFiles.config(Path.of("Pulumi.qa.yaml")));
        config.put("readyservice:components", config.get("readyservice:components")
                .replaceFirst("\\{\"plannedPeakRps\":20", "{\"burst\":{\"plannedPeakRps\":1},\"plannedPeakRps\":20"));
        config.put("readyservice:paging", config.get("readyservice:paging").replace("\"escalation\":{", "\"escalation\":{\"x\":1,").replaceFirst("]}]}", "]}],\"y\":2}"));

        assertReadingFails(config)
                .hasMessageContaining("components[1].capacity.burst: got unknown key; one of headroom, maxInstances, minInstances, "
                        + "plannedPeakRps, rpsPerInstance")
                .hasMessageContaining("paging.escalation.x: got unknown key; one of levels, loops")
                .hasMessageContaining("paging.escalation.y: got unknown key; one of levels, loops");
    }

    @Test
    void aListOfTextTakesNumbersAsTextAndNullAsUnset() {
        Map<String, String> config = new HashMap<>(StackFiles.config(Path.of("Pulumi.qa.yaml")));
        config.put("readyservice:paging", config.get("readyservice:paging").replace("[\"errors\",\"latency\"]", "null"));
        ReadyServiceArgs args = read(config);
        assertThat(args.paging().pageOutOfHours()).isNull();

        config.put("readyservice:paging", config.get("readyservice:paging").replace("\"pageOutOfHours\":null", "\"pageOutOfHours\":[7,null]"));
        // The text list reads each item as text; the validator then judges it.
        assertThat(read(config).paging().pageOutOfHours()).containsExactly("7", "null");
    }

    private static ReadyServiceArgs read(Map<String, String> config) {
        return StackConfigReader.read(StackFiles.namespace(config, "readyservice"));
    }

    /** @return an assertion on the {@link InvalidSpecException} reading {@code config} must throw */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertReadingFails(Map<String, String> config) {
        return assertThatThrownBy(() -> read(config)).isInstanceOf(InvalidSpecException.class);
    }
}
