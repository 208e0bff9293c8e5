package dev.readyservice.review.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.review.fixtures.ThingsProgram;
import dev.readyservice.review.launch.ProgramCommand;
import dev.readyservice.review.launch.ProgramProcess;
import dev.readyservice.review.launch.ProgramResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the Java SDK against the engine directly, to pin what the SDK asks of it. */
class OfflineEngineIT {

    @Test
    void answersWhatTheJavaSdkAsksAndLearnsTheRootStack() {
        try (OfflineEngine engine = OfflineEngine.start("things", "dev", false, null)) {
            Map<String, String> env = Map.of(
                    "PULUMI_MONITOR", engine.address(), "PULUMI_ENGINE", engine.address(),
                    "PULUMI_PROJECT", "things", "PULUMI_STACK", "dev", "PULUMI_DRY_RUN", "true",
                    "PULUMI_CONFIG", "{\"things:owner\":\"team-a\",\"things:password\":\"p\"}",
                    "PULUMI_CONFIG_SECRET_KEYS", "[\"things:password\"]");
            ProgramResult result = ProgramProcess.run(ProgramCommand.mainClass(System.getProperty("java.class.path"),
                    ThingsProgram.class.getName(), Path.of(".")), env, Duration.ofSeconds(120), null);
            assertThat(result.exitCode()).as(String.join("\n", result.outputTail())).isZero();
            // Java SDK 1.36.1 asks only this one; it sends secrets as secret markers without asking.
            assertThat(engine.askedFeatures()).containsExactly("resourceReferences");
            assertThat(engine.registrations().count()).isEqualTo(4);
            assertThat(engine.rootUrn()).isEqualTo("urn:pulumi:dev::things::pulumi:pulumi:Stack::things-dev");
            // DEBUG messages were received but not kept without debug.
            assertThat(engine.logs().received()).isPositive();
            assertThat(engine.logs().kept()).isEmpty();
        }
    }
}
