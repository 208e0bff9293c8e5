package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyConfigTest {
    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        return Files.writeString(dir.resolve("policy-config.json"), json);
    }

    @Test
    void readsTheFullAndTheShorthandForm() throws IOException {
        PolicyConfig config = PolicyConfig.read(write("""
                {"enable-storage-encryption": {"enforcementLevel": "mandatory", "requireCmk": true, "allowed": ["a"]},
                 "missing-golden-signal-monitors": "advisory",
                 "configure-slo": {"target": 99.9}}"""));

        assertThat(config.policies()).containsOnlyKeys("enable-storage-encryption", "missing-golden-signal-monitors", "configure-slo");
        assertThat(config.policies().get("enable-storage-encryption"))
                .isEqualTo(new PolicyConfig.Entry(Optional.of(EnforcementLevel.MANDATORY), Map.of("requireCmk", true, "allowed", List.of("a"))));
        assertThat(config.policies().get("missing-golden-signal-monitors"))
                .isEqualTo(new PolicyConfig.Entry(Optional.of(EnforcementLevel.ADVISORY), Map.of()));
        assertThat(config.policies().get("configure-slo"))
                .isEqualTo(new PolicyConfig.Entry(Optional.empty(), Map.of("target", 99.9)));
    }

    @Test
    void allSetsEveryPolicysLevelAndAPolicysOwnLevelWinsAsInTheCli() throws IOException {
        PolicyConfig config = PolicyConfig.read(write("""
                {"all": "advisory", "enforce-tls-floor": "mandatory", "missing-backups": {"minimumRetentionDays": 7}}"""));

        assertThat(config.all()).hasValue(EnforcementLevel.ADVISORY);
        assertThat(config.policies()).containsOnlyKeys("enforce-tls-floor", "missing-backups");
        assertThat(config.effectiveLevel("enforce-tls-floor", EnforcementLevel.ADVISORY)).isEqualTo(EnforcementLevel.MANDATORY);
        assertThat(config.effectiveLevel("missing-backups", EnforcementLevel.MANDATORY)).isEqualTo(EnforcementLevel.ADVISORY);
        assertThat(config.effectiveLevel("missing-capacity-plan", EnforcementLevel.MANDATORY)).isEqualTo(EnforcementLevel.ADVISORY);
        assertThat(PolicyConfig.read(write("{\"all\": {\"enforcementLevel\": \"disabled\"}}")).all()).hasValue(EnforcementLevel.DISABLED);
        assertThat(PolicyConfig.read(write("{\"missing-backups\": \"advisory\"}")).effectiveLevel("x", EnforcementLevel.MANDATORY))
                .isEqualTo(EnforcementLevel.MANDATORY);
    }

    @Test
    void propertiesUnderAllAreRefusedBecauseTheCliGivesThemToNoPolicy() throws IOException {
        Path file = write("""
                {"all": {"enforcementLevel": "mandatory", "waivers": []}, "x": "nope"}""");

        assertThatThrownBy(() -> PolicyConfig.read(file))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessage("policy config " + file + ": 'all' has properties [waivers]; allowed: only an enforcementLevel (the CLI gives"
                        + " every policy the level of 'all' and its properties to none: put them under each policy); policy 'x':"
                        + " enforcementLevel 'nope' is not one of advisory, mandatory, disabled, remediate");
    }

    @Test
    void listsEveryProblemWithFileNameAndValue() throws IOException {
        Path file = write("""
                {"a": "strict", "b": {"enforcementLevel": "never"}, "c": 3}""");

        assertThatThrownBy(() -> PolicyConfig.read(file))
                .isInstanceOf(PolicyConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("policy 'a': enforcementLevel 'strict' is not one of advisory, mandatory, disabled, remediate")
                .hasMessageContaining("policy 'b': enforcementLevel 'never'")
                .hasMessageContaining("policy 'c' must be an enforcement level string or an object, got number");
    }

    @Test
    void rejectsAFileThatIsNotAJsonObject() throws IOException {
        Path array = write("[1]");
        assertThatThrownBy(() -> PolicyConfig.read(array)).isInstanceOf(PolicyConfigException.class).hasMessageContaining("must be a JSON object");
        Path broken = write("{\n  \"enable-backups\": \"mandatory\",\n  \"missing-slo\" \"advisory\"\n}");
        // The problem and its place, not only the parser's exception class.
        assertThatThrownBy(() -> PolicyConfig.read(broken)).hasMessageContaining("is not valid JSON at line 3, column ")
                .hasMessageContaining("was expecting a colon");
        assertThatThrownBy(() -> PolicyConfig.read(dir.resolve("absent.json"))).hasMessageContaining("absent.json");
    }

    @Test
    void noneConfiguresNothing() {
        assertThat(PolicyConfig.none().policies()).isEmpty();
    }
}
