package dev.readyservice.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link ReadyServiceArgs#fromStackConfig}: a program's spec from its stack config, its own resources added in code. */
class FromStackConfigTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final String SUBSCRIPTION = "00000000-0000-4000-8000-000000000009";
    private static final ExistingCompute API = ExistingCompute.ids(
            "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/shop-rg/providers/Microsoft.Web/sites/shop-api",
            "/subscriptions/" + SUBSCRIPTION + "/resourceGroups/shop-rg/providers/Microsoft.Web/serverfarms/shop-plan");

    /** A team's stack config over existing compute, as Pulumi hands it to the program (JSON text per key). */
    private static Map<String, String> shop() {
        Map<String, String> config = new HashMap<>();
        config.put("product", "{\"name\":\"shop\",\"team\":\"payments\",\"businessService\":\"Online shop\",\"environment\":\"qa\","
                + "\"docsUrl\":\"https://wiki.example.com/shop\",\"playbookBaseUrl\":\"https://example.com/shop/playbooks\","
                + "\"location\":\"westeurope\",\"subscriptionId\":\"" + SUBSCRIPTION + "\","
                + "\"tenantId\":\"00000000-0000-4000-8000-0000000000bb\",\"pagerDutySubdomain\":\"example\"}");
        config.put("components", "[{\"name\":\"api\",\"kind\":\"api\",\"availabilityTarget\":99.9,\"latencyThresholdMillis\":400,"
                + "\"latencyPercentile\":95,\"capacity\":{\"plannedPeakRps\":40,\"rpsPerInstance\":25,\"maxInstances\":4}}]");
        config.put("paging", "{\"supportHours\":{\"timeZone\":\"Europe/London\",\"days\":[\"MON\",\"FRI\"],\"start\":\"09:00\",\"end\":\"17:30\"},"
                + "\"escalation\":{\"loops\":2,\"levels\":[{\"delayMinutes\":15,\"targets\":[{\"type\":\"schedule\",\"id\":\"PABC123\"}]},"
                + "{\"delayMinutes\":30,\"targets\":[{\"type\":\"user\",\"id\":\"PDEF456\"}]}]}}");
        config.put("data", "{\"backupRetentionDays\":14}");
        config.put("signOffs", "{\"tech.handover\":{\"by\":\"sre@example.com\",\"date\":\"2026-11-30\",\"link\":\"https://wiki.example.com/h\"}}");
        return config;
    }

    private static Function<String, Optional<String>> namespace(Map<String, String> config) {
        return key -> Optional.ofNullable(config.get(key));
    }

    @Test
    void theStackConfigValuesAreBoundAndTheProgramAddsItsOwnResources() {
        ReadyServiceArgs args = ReadyServiceArgs.fromStackConfig(namespace(shop())).existing("api", API).build();

        assertThat(args.product().team()).isEqualTo("payments");
        assertThat(args.components()).singleElement().satisfies(c -> {
            assertThat(c.latencyThresholdMillis()).isEqualTo(400L);
            assertThat(c.capacity().maxInstances()).isEqualTo(4);
        });
        assertThat(args.paging().escalation().levels()).hasSize(2);
        assertThat(args.data().backupRetentionDays()).isEqualTo(14);
        assertThat(args.signOffs()).containsOnlyKeys("tech.handover");
        assertThat(args.existingCompute()).containsOnlyKeys("api");
        assertThat(SpecValidator.resolveAndCheck(args, null, TODAY).components().get(0).customerFacing()).isTrue();
    }

    /**
     * The values of the wrong shape and the rules' problems come in one error when the component checks
     * the spec, judged with the program's own compute: no gateway certificate is asked for over it.
     */
    @Test
    void everyProblemIsListedOnceTheProgramHasAddedItsResources() {
        Map<String, String> config = shop();
        config.put("components", "[{\"name\":\"api\",\"kind\":\"api\",\"colour\":\"red\",\"capacity\":"
                + "{\"plannedPeakRps\":\"TODO\",\"rpsPerInstance\":25,\"maxInstances\":4}}]");
        config.put("product", config.get("product").replace("\"team\":\"payments\"", "\"team\":\"TODO\""));

        ReadyServiceArgs.Builder builder = ReadyServiceArgs.fromStackConfig(namespace(config));
        ReadyServiceArgs args = builder.existing("api", API).build();

        InvalidSpecException e = catchThrowableOfType(() -> SpecValidator.resolveAndCheck(args, null, TODAY), InvalidSpecException.class);
        assertThat(e).hasMessageStartingWith("Invalid ReadyService spec in stack config (namespace 'readyservice') (3 problems)");
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly("components[0].colour", "components[0].capacity.plannedPeakRps", "product.team");
    }

    @Test
    void aMissingComponentsKeyIsAProblemNotAnEmptyProduct() {
        Map<String, String> config = shop();
        config.remove("components");
        ReadyServiceArgs args = ReadyServiceArgs.fromStackConfig(namespace(config)).build();
        InvalidSpecException e = catchThrowableOfType(() -> SpecValidator.resolveAndCheck(args, null, TODAY), InvalidSpecException.class);
        assertThat(e.violations()).extracting(Violation::field).containsExactly("components");
    }

    @Test
    void theBundledProgramStillFailsAtReadingWithEveryProblem() {
        Map<String, String> config = shop();
        config.put("data", "[]");
        InvalidSpecException e = catchThrowableOfType(() -> StackConfigReader.read(namespace(config)), InvalidSpecException.class);
        // The bundled program creates its own compute, so its gateway needs a certificate.
        assertThat(e.violations()).extracting(Violation::field).containsExactly("data", "product.tlsCertificateSecretId");
        assertThat(List.copyOf(ReadyServiceArgs.fromStackConfig(namespace(shop())).build().configProblems())).isEmpty();
    }
}
