package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A real CLI is either found or has the reason it is not: the bench never skips it silently. */
class RealCliTest {
    @Test
    void isACliOrAReasonNeverBothNorNeither() {
        assertThat(RealCli.at(Path.of("/bin/pulumi")).pulumi()).contains(Path.of("/bin/pulumi"));
        assertThat(RealCli.none("no pulumi on PATH").unavailable()).isEqualTo("no pulumi on PATH");
        assertThatIllegalArgumentException().isThrownBy(() -> new RealCli(Optional.empty(), ""));
        assertThatIllegalArgumentException().isThrownBy(() -> new RealCli(Optional.of(Path.of("/bin/pulumi")), "and a reason"));
    }

    @Test
    void optionsWithoutOneSayItWasNotAskedFor() {
        BenchOptions options = new BenchOptions(java.util.List.of(1), 1, Path.of("/o.md"), Path.of("/home"), Path.of("/w"),
                java.time.Duration.ofSeconds(1));

        assertThat(options.realCli()).isEqualTo(RealCli.none("not asked for"));
    }
}
