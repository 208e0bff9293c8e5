package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping a command in GNU time and reading its report. */
class GnuTimeTest {

    @Test
    void readsGnuTimesLastLine() {
        GnuTime.Figures f = GnuTime.parse("Command exited with non-zero status 1\n12.34 20.50 1.25 654321\n");

        assertThat(f.wall()).isEqualTo(Duration.ofMillis(12_340));
        assertThat(f.cpu()).isEqualTo(Duration.ofMillis(21_750));
        assertThat(f.maxRssKib()).isEqualTo(654_321);
    }

    @Test
    void refusesAGnuTimeReportOfAnotherShape() {
        assertThatThrownBy(() -> GnuTime.parse("1.0 2.0")).hasMessage("GNU time wrote '1.0 2.0', expected '<elapsed> <user> <sys> <maxrss KiB>'");
        assertThatThrownBy(() -> GnuTime.parse("1.0 x 2.0 3")).hasMessageContaining("has a field that is not a number");
    }

    @Test
    void wrapsACommandInGnuTime() {
        assertThat(GnuTime.wrap(List.of("java", "-version"), Path.of("/tmp/t.txt")))
                .containsExactly("/usr/bin/time", "-f", "%e %U %S %M", "-o", "/tmp/t.txt", "--", "java", "-version");
    }
}
