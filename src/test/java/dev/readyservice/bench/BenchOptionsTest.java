package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Benchmark options and the paths derived from them. */
class BenchOptionsTest {

    @Test
    void optionsNameTheirDerivedPaths() {
        BenchOptions o = new BenchOptions(List.of(1), 1, Path.of("/o.md"), Path.of("/home"), Path.of("/w"), Duration.ofSeconds(1));

        assertThat(o.jar()).isEqualTo(Path.of("/home/target/readyservice.jar"));
        assertThat(o.benchJar()).isEqualTo(Path.of("/home/target/readyservice-bench.jar"));
        assertThat(o.policyConfig()).isEqualTo(Path.of("/home/policy/config/qa.json"));
        assertThatThrownBy(() -> new BenchOptions(List.of(1), 1, null, Path.of("/"), Path.of("/"), Duration.ZERO)).hasMessage("out");
    }
}
