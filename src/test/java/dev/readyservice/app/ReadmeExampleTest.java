package dev.readyservice.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.Context;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.component.CapacityPlan;
import dev.readyservice.component.ComponentSpec;
import dev.readyservice.component.EscalationSpec;
import dev.readyservice.component.PagingSpec;
import dev.readyservice.component.ProductSpec;
import dev.readyservice.component.ReadyService;
import dev.readyservice.component.ReadyServiceArgs;
import dev.readyservice.component.SupportHoursSpec;
import dev.readyservice.model.ComponentKind;
import dev.readyservice.testsupport.RecordingMocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The README's example, verbatim, builds a product; the README keeps showing that code. */
class ReadmeExampleTest {
    static final String subscriptionId = "00000000-0000-4000-8000-000000000009";
    static final String tenantId = "00000000-0000-4000-8000-0000000000bb";

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    // BEGIN README EXAMPLE
    public static void stack(Context ctx) {
        var service = new ReadyService("shop", ReadyServiceArgs.builder()
                .product(new ProductSpec("shop", "payments", "Online shop", "qa",
                        "https://wiki.example.com/shop", "https://example.com/shop/playbooks", "westeurope",
                        subscriptionId, tenantId, "example", "https://shop-tls.vault.azure.net/secrets/shop"))
                .component(ComponentSpec.builder("api", ComponentKind.API)
                        .availabilityTarget(99.9).latency(400, 95)
                        .capacity(CapacityPlan.of(40, 25, 4))   // planned peak rps, rps per instance, max instances
                        .build())
                .paging(new PagingSpec(
                        new SupportHoursSpec("Europe/London", List.of("MON", "TUE", "WED", "THU", "FRI"), "09:00", "17:30"),
                        new EscalationSpec(2, List.of(
                                new EscalationSpec.Level(15, List.of(new EscalationSpec.Target("schedule", "PABC123"))),
                                new EscalationSpec.Level(30, List.of(new EscalationSpec.Target("user", "PDEF456"),
                                        new EscalationSpec.Target("user", "PGHI789"))))),
                        null))                                   // unset: errors and latency page out of hours
                .build());
    }
    // END README EXAMPLE

    @Test
    void theReadmeExampleBuildsAProductWithEveryPart() {
        RecordingMocks mocks = RecordingMocks.echoingScalars();
        TestResult result = PulumiTest.withMocks(mocks).withOptions(mocks.options("checkout", "qa", true)).runTest(ReadmeExampleTest::stack);
        assertThat(result.errors()).isEmpty();
        assertThat(mocks.ofType("datadog:index/monitor:Monitor")).hasSize(8 + 6);
        assertThat(mocks.ofType("pagerduty:index/service:Service")).hasSize(1);
        assertThat(mocks.ofType("azure-native:network:ApplicationGateway")).hasSize(1);
    }

    @Test
    void theReadmeShowsThisExampleVerbatim() throws IOException {
        String source = Files.readString(Path.of("src/test/java/dev/readyservice/app/ReadmeExampleTest.java"));
        String example = source.substring(source.indexOf("    public static void stack"), source.indexOf("    // END README EXAMPLE"));
        String readme = Files.readString(Path.of("README.md"));
        assertThat(readme).contains(example.stripTrailing().stripIndent().strip());
    }

    @Test
    void theReadmeDocumentsEveryExitCode() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        for (int code = 0; code <= 3; code++) {
            assertThat(readme).containsPattern("\\| " + code + " \\| \\S");
        }
        assertThat(readme).contains("`./prr review`").contains("`mvn verify`");
    }
}
