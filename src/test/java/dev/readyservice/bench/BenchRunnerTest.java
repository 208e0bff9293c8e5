package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchRunnerTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @Test
    void reviewsAsThePrrLauncherDoesWithTheQaPolicyConfig() {
        BenchRunner runner = new BenchRunner(options(Path.of("/repo"), Path.of("/work")), l -> { }, Clock.systemUTC());

        assertThat(runner.reviewCommand(Path.of("/work/product-10"), "bench")).containsExactly(JAVA, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dprr.home=/repo", "-cp",
                "/repo/target/readyservice.jar", "dev.readyservice.cli.Prr", "review", "--project-dir", "/work/product-10", "--stack",
                "bench", "--policy-pack", "/repo/policy", "--policy-config", "/repo/policy/config/qa.json", "--out",
                "/work/reports/product-10-bench");
    }

    @Test
    void runsTheFloorWithTheProgramsJvmOptions() {
        BenchRunner runner = new BenchRunner(options(Path.of("/repo"), Path.of("/work")), l -> { }, Clock.systemUTC());

        assertThat(runner.floorCommand(Path.of("/work/product-1"), "bench")).containsExactly(JAVA, "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", "/repo/target/readyservice.jar", "dev.readyservice.bench.FloorProgram", "/work/product-1", "bench");
    }

    @Test
    void stopsAtTheFirstRunThatFails(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home.resolve("target"));
        Files.createFile(home.resolve("target/readyservice.jar")); // empty: java cannot find the Prr class in it
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(() -> new BenchRunner(options(home, dir.resolve("work")), progress::add, Clock.systemUTC()).run("./prr bench"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("dev.readyservice.cli.Prr --version exited with 1 (allowed: [0])");
        assertThat(progress).isEmpty();
    }

    @Test
    void formatsSeconds() {
        assertThat(BenchRunner.secs(Duration.ofMillis(1234))).isEqualTo("1.23 s");
    }

    private static BenchOptions options(Path home, Path work) {
        return new BenchOptions(List.of(1), 1, work.resolve("out.md"), home, work, Duration.ofSeconds(60));
    }

    @Test
    void theLauncherStartsTheReviewWithTheOptionsTheBenchMeasures() throws java.io.IOException {
        String launcher = java.nio.file.Files.readString(Path.of("prr"));

        assertThat(launcher).contains("exec java " + String.join(" ", BenchRunner.LAUNCHER_JVM_OPTIONS) + " -Dprr.home=");
    }
}
