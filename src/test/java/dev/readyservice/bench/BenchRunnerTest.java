package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readyservice.review.launch.ProgramCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void reviewsThroughThePrrLauncherWithTheQaPolicyConfig() {
        BenchRunner runner = new BenchRunner(options(Path.of("/repo"), Path.of("/work")), l -> { }, Clock.systemUTC());

        assertThat(runner.reviewCommand(Path.of("/work/product-10"), "bench")).containsExactly("/repo/prr", "review", "--project-dir",
                "/work/product-10", "--stack", "bench", "--policy-pack", "/repo/policy", "--policy-config", "/repo/policy/config/qa.json",
                "--out", "/work/reports/product-10-bench");
    }

    @Test
    void runsTheFloorWithTheProgramsJvmOptions() {
        BenchRunner runner = new BenchRunner(options(Path.of("/repo"), Path.of("/work")), l -> { }, Clock.systemUTC());

        ProgramCommand floor = runner.floorCommand(Path.of("/work/product-1"), "bench");
        assertThat(floor.command()).containsExactly(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                "/repo/target/readyservice.jar:/repo/target/readyservice-bench.jar", "dev.readyservice.bench.FloorProgram", "/work/product-1",
                "bench");
    }

    @Test
    void stopsAtTheFirstRunThatFails(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.writeString(home.resolve("prr"), "#!/bin/sh\necho 'prr review: Pulumi.yaml is missing' >&2\nexit 2\n");
        Files.setPosixFilePermissions(home.resolve("prr"), PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(() -> new BenchRunner(options(home, dir.resolve("work")), progress::add, Clock.systemUTC()).run("./prr bench"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining(home.resolve("prr") + " review --project-dir " + home + " --stack qa")
                .hasMessageContaining("exited with 2 (allowed: [0, 1])")
                .hasMessageContaining("Pulumi.yaml is missing");
        assertThat(progress).singleElement().asString().startsWith("bench: warm-up review and floor of the reference product");
    }

    @Test
    void formatsSeconds() {
        assertThat(BenchRunner.secs(Duration.ofMillis(1234))).isEqualTo("1.23 s");
    }

    private static BenchOptions options(Path home, Path work) {
        return new BenchOptions(List.of(1), 1, work.resolve("out.md"), home, work, Duration.ofSeconds(60));
    }
}
