package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Medians of the benchmark's repeated runs. */
class MediansTest {

    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Medians.of(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Medians.of(List.of(4.0, 1.0, 3.0, 10.0))).isEqualTo(3.5);
        assertThat(Medians.of(List.of(7.0))).isEqualTo(7.0);
        assertThat(Medians.duration(List.of(Duration.ofSeconds(9), Duration.ofSeconds(1), Duration.ofSeconds(2)), d -> d))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(Medians.whole(List.of(10L, 30L), Long::longValue)).isEqualTo(20L);
    }

    @Test
    void medianOfNothingIsRefused() {
        assertThatThrownBy(() -> Medians.of(List.of())).hasMessage("the median of no values is undefined");
    }
}
