package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.component.InvalidSpecException;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SpecDefaults;
import dev.readyservice.component.SpecValidator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StackConfigReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {"Pulumi.qa.yaml", "Pulumi.prod.yaml"})
    void referenceStacksReadAndValidateCleanly(String file) {
        Map<String, String> config = StackFiles.config(Path.of(file));
        ReadyServiceArgs args = StackConfigReader.read(StackFiles.namespace(config, "readyservice"));
        assertThat(args.components()).extracting(c -> c.name()).containsExactly("api", "web", "worker");
        assertThat(args.signOffs()).hasSize(6);
        assertThat(SpecValidator.validate(SpecDefaults.resolve(args), LocalDate.of(2026, 11, 26))).isEmpty();
    }

    @Test
    void readsEveryFieldOfTheProdStack() {
        ReadyServiceArgs args = StackConfigReader.read(StackFiles.namespace(StackFiles.config(Path.of("Pulumi.prod.yaml")), "readyservice"));
        assertThat(args.product().environment()).isEqualTo("prod");
        assertThat(args.components().get(0).capacity().maxInstances()).isEqualTo(30);
        assertThat(args.components().get(0).latencyThresholdMillis()).isEqualTo(400L);
        assertThat(args.paging().escalation().levels().get(1).targets()).hasSize(2);
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
        assertThatThrownBy(() -> StackConfigReader.read(StackFiles.namespace(config, "readyservice")))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("in stack config (namespace 'readyservice') (8 problems)")
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
        assertThatThrownBy(() -> StackConfigReader.read(StackFiles.namespace(config, "readyservice")))
                .hasMessageContaining("product: got '{not json'; structured config (a YAML map or list)")
                .hasMessageContaining("components: got <unset>; a list of at least one component");
    }

    @Test
    void acceptsNumbersAndBooleansGivenAsText() {
        Map<String, String> config = Map.of(
                "readyservice:components", "[{\"name\":\"api\",\"kind\":\"api\",\"customerFacing\":\"false\",\"latencyThresholdMillis\":\"300\",\"capacity\":{\"plannedPeakRps\":\"12.5\",\"rpsPerInstance\":5,\"maxInstances\":\"4\"}}]",
                "readyservice:data", "{\"postgres\":\"true\",\"backupRetentionDays\":\"14\"}");
        ReadyServiceArgs args = StackConfigReader.read(StackFiles.namespace(config, "readyservice"));
        assertThat(args.components().get(0).customerFacing()).isFalse();
        assertThat(args.components().get(0).latencyThresholdMillis()).isEqualTo(300L);
        assertThat(args.components().get(0).capacity().plannedPeakRps()).isEqualTo(12.5);
        assertThat(args.components().get(0).capacity().maxInstances()).isEqualTo(4);
        assertThat(args.data().postgres()).isTrue();
        assertThat(args.data().backupRetentionDays()).isEqualTo(14);
    }
}
