package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.ExistingFunctionShop;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The function-app program on an Elastic Premium plan ({@link ExistingFunctionShop}) under
 * {@code ./prr review --stack qa} with the repository's QA policy config, unchanged (no waiver):
 * with {@code ReadyService} over its function app declared {@code platformScaled(3584)} (no autoscale
 * setting; the pack judges the app's always-ready instances and the plan's maximum) it is ready for
 * QA; without the declaration ReadyService adds an autoscale setting on the plan, which the pack
 * names as no evidence, and it is not ready.
 */
class ExistingFunctionAppIT {
    @TempDir
    static Path dir;
    private static ReviewRun declared;
    private static ReviewRun undeclared;

    @BeforeAll
    static void review() throws IOException {
        Path qaConfig = E2eProjects.repo().resolve("policy/config/qa.json");
        declared = ReviewRun.reviewShopWithPlaybooks(dir, "declared", ExistingFunctionShop.class, "qa",
                "config:\n  azure-native:location: westeurope\n", qaConfig);
        undeclared = ReviewRun.reviewShopWithPlaybooks(dir, "undeclared", ExistingFunctionShop.class, "qa",
                "config:\n  azure-native:location: westeurope\n  shop:platformScaled: \"false\"\n", qaConfig);
    }

    @Test
    void declaredPlatformScaledTheFunctionAppIsJudgedOnItsOwnScaleAndTheProgramIsReady() {
        assertThat(declared.exitCode()).as(declared.toString() + "\n" + declared.findings()).isZero();
        assertThat(declared.json().get("verdict").asText()).isEqualTo("ready");
        for (String item : ExistingProgramIT.PER_COMPONENT) {
            assertThat(declared.statuses()).as(item).containsEntry(item, "pass");
        }
        assertThat(declared.json().get("summary").path("waived").asInt()).isZero();
        assertThat(declared.azureOf("api")).noneSatisfy(u -> assertThat(u).contains("AutoscaleSetting"));
    }

    @Test
    void undeclaredReadyServiceAddsAnAutoscaleSettingThePackRefusesAsEvidence() {
        assertThat(undeclared.exitCode()).as(undeclared.toString()).isEqualTo(1);
        assertThat(undeclared.statuses()).containsEntry("capacity.autoscaling", "fail");
        assertThat(undeclared.messages("capacity.autoscaling", "enable-autoscaling")).as(undeclared.findings().toString())
                .anySatisfy(m -> assertThat(m).contains("targets Elastic Premium plan 'shop-plan' (sku EP1), which the platform scales"));
    }
}
