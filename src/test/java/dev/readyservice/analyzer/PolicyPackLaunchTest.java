package dev.readyservice.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack starting while the program runs: small node scripts stand in for a pack. */
class PolicyPackLaunchTest {
    @TempDir
    Path pack;

    private static List<ProcessHandle> nodes() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").contains("node")).toList();
    }

    @Test
    void closingWhileThePackIsStillStartingStopsIt() throws IOException {
        FakePack.withoutPolicies(pack, "console.error('loading policies'); setInterval(() => {}, 1000);"); // never prints its port

        long started = System.nanoTime();
        PolicyPackLaunch launch = PolicyPackLaunch.begin(pack, Optional.empty(), "shop", "qa", Duration.ofSeconds(120));
        waitFor(() -> !nodes().isEmpty());
        launch.close();

        assertThat(nodes()).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void stoppingInTheBackgroundHasStoppedThePackWhenTheWaitReturns() throws IOException {
        // A pack that takes its time to exit on SIGTERM, as node may while it flushes.
        FakePack.withoutPolicies(pack, "process.on('SIGTERM', () => setTimeout(() => process.exit(0), 300)); setInterval(() => {}, 1000);");

        PolicyPackLaunch launch = PolicyPackLaunch.begin(pack, Optional.empty(), "shop", "qa", Duration.ofSeconds(120));
        waitFor(() -> !nodes().isEmpty());
        PolicyPackLaunch.Stopping stopping = launch.stopInBackground();
        stopping.await();

        assertThat(nodes()).isEmpty();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void aPackThatFailsToStartFailsTheAnalysisWithItsOwnError() throws IOException {
        FakePack.withoutPolicies(pack, "console.error(\"Error: Cannot find module '@pulumi/policy'\"); process.exit(1);");

        try (PolicyPackLaunch launch = PolicyPackLaunch.begin(pack, Optional.empty(), "shop", "qa", Duration.ofSeconds(20))) {
            assertThatThrownBy(() -> launch.analyze(AnalyzerFixtures.preview()))
                    .isInstanceOf(PolicyPackException.class)
                    .hasMessageContaining("exited with code 1 before printing a port")
                    .hasMessageContaining("Cannot find module '@pulumi/policy'");
        }
        assertThat(nodes()).isEmpty();
    }

    @Test
    void badInputFailsAtOnceBeforeAnythingStarts() throws IOException {
        FakePack.withoutPolicies(pack, "console.log(40000); setInterval(() => {}, 1000);");
        Path config = Files.writeString(pack.resolve("config.json"), "{not json");

        assertThatThrownBy(() -> PolicyPackLaunch.begin(pack, Optional.of(config), "shop", "qa", Duration.ofSeconds(20)))
                .isInstanceOf(PolicyConfigException.class);
        Files.delete(pack.resolve(PackManifest.PATH));
        assertThatThrownBy(() -> PolicyPackLaunch.begin(pack, Optional.empty(), "shop", "qa", Duration.ofSeconds(20)))
                .isInstanceOf(PolicyPackException.class);
        assertThat(nodes()).isEmpty();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
