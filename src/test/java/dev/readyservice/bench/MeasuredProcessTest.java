package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasuredProcessTest {
    @TempDir
    Path dir;

    @Test
    void measuresAChildAndKeepsItsOutput() {
        MeasuredProcess.Result r = MeasuredProcess.run(List.of("/bin/sh", "-c", "echo out; echo err >&2; exit 1"), dir,
                dir.resolve("runs"), Duration.ofSeconds(30), List.of(0, 1));

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).isEqualTo("out\n");
        assertThat(r.stderr()).isEqualTo("err\n");
        assertThat(r.sample().wall()).isGreaterThanOrEqualTo(Duration.ZERO);
        assertThat(r.sample().processPeakRssKib()).isPositive();
    }

    @Test
    void failsOnAnExitCodeNotAllowed() {
        assertThatThrownBy(() -> MeasuredProcess.run(List.of("/bin/sh", "-c", "echo boom; exit 3"), dir, dir.resolve("runs"),
                Duration.ofSeconds(30), List.of(0)))
                .isInstanceOf(BenchException.class)
                .hasMessage("/bin/sh -c echo boom; exit 3 exited with 3 (allowed: [0]); its last output:\nboom");
    }

    @Test
    void stopsAChildAtTheTimeout() {
        assertThatThrownBy(() -> MeasuredProcess.run(List.of("/bin/sleep", "30"), dir, dir.resolve("runs"), Duration.ofMillis(300),
                List.of(0)))
                .isInstanceOf(BenchException.class)
                .hasMessage("/bin/sleep 30 did not finish within 0.30 s");
    }

    @Test
    void keepsTheLastLines() {
        assertThat(MeasuredProcess.tail("a\nb\nc\n", 2)).isEqualTo("b\nc");
        assertThat(MeasuredProcess.tail("a", 5)).isEqualTo("a");
    }
}
