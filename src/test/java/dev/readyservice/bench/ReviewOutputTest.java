package dev.readyservice.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where a review's time went, read from its console output. */
class ReviewOutputTest {

    @Test
    void readsWhereAReviewsTimeWent() {
        ReviewOutput out = ReviewOutput.parse("PRR review of checkout (stack qa): READY\n  preview 10.6 s, policy pack 3.3 s\n",
                "prr: Starting program\nprr: 86 resources registered in 9174 ms\n");

        assertThat(out).isEqualTo(new ReviewOutput(86, Duration.ofMillis(9174), Duration.ofMillis(10_600), Duration.ofMillis(3_300)));
    }

    @Test
    void refusesAReviewOutputWithoutPhases() {
        assertThatThrownBy(() -> ReviewOutput.parse("PRR review: READY\n", "prr: 86 resources registered in 9174 ms\n"))
                .isInstanceOf(BenchException.class)
                .hasMessageContaining("does not say where its time went");
    }

    @Test
    void readsTheFloorsResourceCount() {
        assertThat(ReviewOutput.floorResources("noise\nfloor: resources registered: 45\n")).isEqualTo(45);
        assertThatThrownBy(() -> ReviewOutput.floorResources("floor crashed")).isInstanceOf(BenchException.class)
                .hasMessageContaining("did not print 'floor: resources registered: <n>'");
    }
}
