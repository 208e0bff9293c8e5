package dev.readyservice.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RedeployOptionsTest {
    static final Path PROJECT = Path.of("/work/checkout");

    @Test
    void defaultsAreQaFiveMinutesNoRebuildAndTheReportsRecordFile() {
        RedeployOptions o = RedeployOptions.builder().projectDir(PROJECT).build();
        assertThat(o.stack()).isEqualTo("qa");
        assertThat(o.budget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(o.rebuild()).isFalse();
        assertThat(o.recordFile()).isEqualTo(PROJECT.resolve("target/prr/qa/redeploy.json"));
        assertThat(o.projectDir()).isEqualTo(PROJECT);
        assertThat(o).hasToString("qa within 5m");
        assertThat(o.policyPack()).isEqualTo(PROJECT.resolve("policy"));
        assertThat(o.policyPackConfig()).isEqualTo(PROJECT.resolve("policy/config/qa.json"));
    }

    @Test
    void thePolicyPackAndItsConfigCanBeChosen() {
        RedeployOptions o = RedeployOptions.builder().projectDir(PROJECT).stack("acme/checkout/prod")
                .policyPack(Path.of("/packs/prr")).policyPackConfig(Path.of("/packs/prod.json")).build();
        assertThat(o.policyPack()).isEqualTo(Path.of("/packs/prr"));
        assertThat(o.policyPackConfig()).isEqualTo(Path.of("/packs/prod.json"));
        assertThat(RedeployOptions.builder().projectDir(PROJECT).stack("acme/checkout/prod").build().policyPackConfig())
                .isEqualTo(PROJECT.resolve("policy/config/prod.json"));
    }

    @Test
    void aQualifiedStackRecordsUnderItsShortName() {
        RedeployOptions o = RedeployOptions.builder().projectDir(PROJECT).stack("acme/checkout/qa-eu")
                .budget("2m30s").rebuild(true).build();
        assertThat(o.recordFile()).isEqualTo(PROJECT.resolve("target/prr/qa-eu/redeploy.json"));
        assertThat(o.budget()).isEqualTo(Duration.ofSeconds(150));
        assertThat(o).hasToString("acme/checkout/qa-eu within 2m30s (with rebuild)");
    }

    @Test
    void anExplicitRecordFileWins() {
        RedeployOptions o = RedeployOptions.builder().projectDir(PROJECT).recordFile(Path.of("/tmp/r.json")).build();
        assertThat(o.recordFile()).isEqualTo(Path.of("/tmp/r.json"));
        assertThat(o).hasToString("qa within 5m, record /tmp/r.json");
    }

    @Test
    void badOptionsNameTheFieldAndWhatIsAllowed() {
        assertThatThrownBy(() -> RedeployOptions.builder().build())
                .hasMessage("projectDir: required; the directory holding Pulumi.yaml");
        assertThatThrownBy(() -> RedeployOptions.builder().projectDir(PROJECT).stack("qa; rm -rf /").build())
                .hasMessage("stack: 'qa; rm -rf /' is not a stack name; expected letters, digits, '-', '_' or '.',"
                        + " optionally as org/project/stack");
        // A dots-only segment would put the record outside target/prr (its short name is the folder).
        assertThatThrownBy(() -> RedeployOptions.builder().projectDir(PROJECT).stack("org/..").build())
                .hasMessageStartingWith("stack: 'org/..' is not a stack name");
        assertThatThrownBy(() -> RedeployOptions.builder().projectDir(PROJECT).stack(null).build())
                .hasMessageStartingWith("stack: 'null'");
        assertThatThrownBy(() -> RedeployOptions.builder().projectDir(PROJECT).budget(Duration.ofSeconds(-1)).build())
                .hasMessage("budget: PT-1S must be positive");
        assertThatThrownBy(() -> RedeployOptions.builder().budget("5 minutes"))
                .hasMessageStartingWith("budget: '5 minutes' is not a duration");
    }
}
