package dev.readyservice.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

    @Test
    void threeNinesOverThirtyDaysIsFortyThreePointTwoMinutes() {
        assertThat(ErrorBudget.minutes(new BigDecimal("99.9"), "30d")).contains(new BigDecimal("43.2"));
        assertThat(ErrorBudget.describe(new BigDecimal("43.2"))).isEqualTo("43.2 min");
    }

    @Test
    void fromAnHourUpTheBudgetAlsoReadsInHours() {
        assertThat(ErrorBudget.minutes(new BigDecimal("99"), "30d")).contains(new BigDecimal("432.0"));
        assertThat(ErrorBudget.describe(new BigDecimal("432.0"))).isEqualTo("432 min (7.2 h)");
        assertThat(ErrorBudget.describe(new BigDecimal("60"))).isEqualTo("60 min (1 h)");
    }

    @Test
    void timeframesOtherThanDaysAndTargetsOutsideZeroToHundredHaveNoBudget() {
        assertThat(ErrorBudget.minutes(new BigDecimal("99.9"), "custom")).isEmpty();
        assertThat(ErrorBudget.minutes(new BigDecimal("99.9"), "0d")).isEmpty();
        assertThat(ErrorBudget.minutes(new BigDecimal("99.9"), null)).isEmpty();
        assertThat(ErrorBudget.minutes(new BigDecimal("100.1"), "30d")).isEmpty();
        assertThat(ErrorBudget.minutes(new BigDecimal("-1"), "7d")).isEmpty();
    }

    @Property
    void theBudgetShrinksAsTheTargetRisesAndNeverExceedsTheTimeframe(
            @ForAll @BigRange(min = "90", max = "99.99") @Scale(2) BigDecimal target, @ForAll @IntRange(min = 1, max = 90) int days) {
        BigDecimal budget = ErrorBudget.minutes(target, days + "d").orElseThrow();
        BigDecimal stricter = ErrorBudget.minutes(target.add(new BigDecimal("0.01")), days + "d").orElseThrow();
        assertThat(budget).isGreaterThanOrEqualTo(stricter).isLessThanOrEqualTo(BigDecimal.valueOf(days * 1440L));
    }
}
