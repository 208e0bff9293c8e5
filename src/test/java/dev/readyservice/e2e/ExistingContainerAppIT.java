package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.ExistingContainerShop;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The existing container-app program ({@link ExistingContainerShop}) under {@code ./prr review --stack qa}
 * with the repository's QA policy config, unchanged (no waiver): without readiness its container app
 * and environment belong to no component and it is not ready; with {@code ReadyService} over its own
 * container app (monitors on {@code azure.app_containerapps.*} and APM latency, no autoscale setting:
 * the app scales by its own {@code template.scale}) it is ready for QA.
 */
class ExistingContainerAppIT {
    @TempDir
    static Path dir;
    private static ReviewRun before;
    private static ReviewRun after;

    @BeforeAll
    static void review() throws IOException {
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        before = run("before", "config:\n  azure-native:location: westeurope\n", qaConfig);
        after = run("after", "config:\n  azure-native:location: westeurope\n  shop:ready: \"true\"\n", qaConfig);
    }

    private static ReviewRun run(String name, String stackYaml, Path policyConfig) throws IOException {
        return ReviewRun.reviewShopWithPlaybooks(dir, name, ExistingContainerShop.class, "qa", stackYaml, policyConfig);
    }

    @Test
    void withoutReadinessTheContainerAppBelongsToNoComponentAndTheProgramIsNotReady() {
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(1);
        assertThat(before.messages("monitoring.golden-signals", "missing-component-assignment")).as(before.findings().toString())
                .anySatisfy(m -> assertThat(m).startsWith("azure-native:app:ContainerApp 'shop-api' belongs to no component")
                        .endsWith("ReadyServiceArgs.existing(component, ExistingCompute.containerApp(app)))"));
    }

    @Test
    void withReadinessOverItsOwnContainerAppTheProgramIsReadyForQaWithNoWaiver() {
        assertThat(after.exitCode()).as(after.toString() + "\n" + after.findings()).isZero();
        assertThat(after.json().get("verdict").asText()).isEqualTo("ready");
        assertThat(after.blockingItems()).as(after.findings().toString()).isEmpty();
        for (String item : ExistingProgramIT.PER_COMPONENT) {
            assertThat(after.statuses()).as(item).containsEntry(item, "pass");
        }
        assertThat(after.json().get("summary").path("waived").asInt()).isZero();
        assertThat(after.findings().stream().map(f -> f.get("policy").asText())).doesNotContain("missing-component-assignment");
        assertThat(after.azureOf("api")).anySatisfy(u -> assertThat(u).endsWith("azure-native:app:ContainerApp::shop-api"));
    }
}
