package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The review judges a stack's environment by the pack's own rule, read from its manifest. */
class EnvironmentRuleTest {
    private static final EnvironmentRule RULE = new EnvironmentRule("readyservice:environment",
            Map.of("qa", "qa", "prod", "prod", "production", "prod"), "prod");

    @Test
    void theStackNameDecidesAndTheConfigNeverLowersIt() {
        assertThat(RULE.judge("qa", Map.of())).isEqualTo(new JudgedEnvironment("qa", "stack name 'qa'"));
        assertThat(RULE.judge("Production", Map.of()).name()).isEqualTo("prod");
        assertThat(RULE.judge("prod", Map.of("readyservice:environment", "qa")))
                .isEqualTo(new JudgedEnvironment("prod", "stack name 'prod', raised by the conflicting readyservice:environment"));
        assertThat(RULE.judge("qa", Map.of("readyservice:environment", "prod")).name()).isEqualTo("prod");
    }

    @Test
    void theConfigKeyDecidesForOtherNamesElseTheStrictestIsAssumed() {
        assertThat(RULE.judge("dev", Map.of("readyservice:environment", "qa")))
                .isEqualTo(new JudgedEnvironment("qa", "stack config readyservice:environment = qa"));
        JudgedEnvironment assumed = RULE.judge("dev", Map.of());
        assertThat(assumed).isEqualTo(new JudgedEnvironment("prod",
                "assumed (stack name 'dev' names no environment and readyservice:environment is not set)"));
        assertThat(assumed.isProd()).isTrue();
        assertThat(RULE.judge("dev", Map.of("readyservice:environment", "staging")).name()).isEqualTo("prod");
        assertThat(EnvironmentRule.unstated().judge("qa", Map.of()).name()).isEqualTo("prod");
    }

    @Test
    void theBundledPackStatesTheRuleInItsManifest() {
        Path pack = Path.of("policy");
        org.junit.jupiter.api.Assumptions.assumeTrue(pack.resolve(PackManifest.PATH).toFile().isFile(), "the pack is built by the Maven build");
        assertThat(PackManifest.environmentRule(pack)).isEqualTo(RULE);
    }
}
