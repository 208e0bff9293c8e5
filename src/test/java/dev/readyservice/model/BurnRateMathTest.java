package dev.readyservice.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BurnRateMathTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "DAYS_7, FAST, 16.8", "DAYS_7, MEDIUM, 5.6", "DAYS_7, SLOW, 2.8",
        "DAYS_30, FAST, 14.4", "DAYS_30, MEDIUM, 6", "DAYS_30, SLOW, 3",
        "DAYS_90, FAST, 21.6", "DAYS_90, MEDIUM, 10.8", "DAYS_90, SLOW, 4.5"})
    void derivationReproducesDatadogsDocumentedRates(SloTimeframe timeframe, BurnWindow window, String documented) {
        assertThat(BurnRateMath.burnRate(timeframe, window)).isEqualByComparingTo(documented);
    }

    @Test
    void thirtyDayRatesComeFromTwoFiveAndTenPercentOfTheBudget() {
        assertThat(BurnWindow.FAST.budgetFraction(SloTimeframe.DAYS_30)).isEqualByComparingTo("0.02");
        assertThat(BurnWindow.MEDIUM.budgetFraction(SloTimeframe.DAYS_30)).isEqualByComparingTo("0.05");
        assertThat(BurnWindow.SLOW.budgetFraction(SloTimeframe.DAYS_30)).isEqualByComparingTo("0.10");
    }

    @Test
    void maxBurnRateIsOneOverTheErrorBudget() {
        assertThat(BurnRateMath.maxBurnRate(99.9)).isEqualByComparingTo("1000");
        assertThat(BurnRateMath.maxBurnRate(99.5)).isEqualByComparingTo("200");
        assertThat(BurnRateMath.maxBurnRate(90)).isEqualByComparingTo("10");
    }

    @Test
    void maxBurnRateRefusesTargetsOutsideThePercentRange() {
        assertThatThrownBy(() -> BurnRateMath.maxBurnRate(100)).hasMessage("targetPercent is 100.0, allowed: above 0 and below 100");
        assertThatThrownBy(() -> BurnRateMath.maxBurnRate(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fastPageNeedsAtLeast93Point06Percent() {
        assertThat(BurnRateMath.minimumTargetPercent(new BigDecimal("14.4"))).isEqualByComparingTo("93.056");
        assertThat(BurnRateMath.requireAllowed(new BigDecimal("14.4"), 93.06)).isEqualByComparingTo("14.4");
        assertThatThrownBy(() -> BurnRateMath.requireAllowed(new BigDecimal("14.4"), 93.05))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a target below 93.056% can never fire this alert");
    }

    @Test
    void minimumTargetRejectsRatesThatCannotBeExceeded() {
        assertThatThrownBy(() -> BurnRateMath.minimumTargetPercent(BigDecimal.ONE)).hasMessage("burnRate is 1, allowed: above 1");
    }

    @Test
    void clampKeepsAnAllowedRateAndLowersATooHighOne() {
        var kept = BurnRateMath.clamp(new BigDecimal("6"), 99.9);
        assertThat(kept.clamped()).isFalse();
        assertThat(kept.applied()).isEqualByComparingTo("6");
        assertThat(kept.note()).isEmpty();

        var lowered = BurnRateMath.clamp(new BigDecimal("14.4"), 92);
        assertThat(lowered.clamped()).isTrue();
        assertThat(lowered.applied()).isEqualByComparingTo("12.5");
        assertThat(lowered.note()).startsWith("Burn rate lowered from 14.4 to 12.5");
    }

    @Property
    void derivedRateTimesLongWindowIsTheBudgetShareOfTheTimeframe(@ForAll SloTimeframe timeframe, @ForAll BurnWindow window) {
        BigDecimal consumedHours = BurnRateMath.burnRate(timeframe, window).multiply(BigDecimal.valueOf(window.longWindowHours()));
        BigDecimal expected = window.budgetFraction(timeframe).multiply(BigDecimal.valueOf(timeframe.hours()));
        assertThat(consumedHours.subtract(expected).abs()).isLessThanOrEqualTo(new BigDecimal("0.025"));
    }

    @Property
    void fasterWindowsAlwaysNeedHigherRates(@ForAll SloTimeframe timeframe) {
        assertThat(BurnRateMath.burnRate(timeframe, BurnWindow.FAST)).isGreaterThan(BurnRateMath.burnRate(timeframe, BurnWindow.MEDIUM));
        assertThat(BurnRateMath.burnRate(timeframe, BurnWindow.MEDIUM)).isGreaterThan(BurnRateMath.burnRate(timeframe, BurnWindow.SLOW));
    }

    @Property
    void maxBurnRateNeverExceedsTheExactLimit(@ForAll @DoubleRange(min = 0.01, max = 99.99) double target) {
        BigDecimal exact = BigDecimal.valueOf(100).divide(BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(target)), 10, RoundingMode.HALF_UP);
        BigDecimal max = BurnRateMath.maxBurnRate(target);
        assertThat(max).isLessThanOrEqualTo(exact);
        assertThat(exact.subtract(max)).isLessThan(new BigDecimal("0.001"));
    }

    @Property
    void clampNeverExceedsTheMaximumAndRefuseAgreesWithClamp(
            @ForAll @DoubleRange(min = 50, max = 99.99) double target, @ForAll @DoubleRange(min = 1.01, max = 50) double rate) {
        BigDecimal requested = BigDecimal.valueOf(rate).setScale(3, RoundingMode.HALF_UP);
        var adjusted = BurnRateMath.clamp(requested, target);
        assertThat(adjusted.applied()).isLessThanOrEqualTo(BurnRateMath.maxBurnRate(target));
        boolean refused;
        try {
            BurnRateMath.requireAllowed(requested, target);
            refused = false;
        } catch (IllegalArgumentException e) {
            refused = true;
        }
        assertThat(refused).isEqualTo(adjusted.clamped());
        if (!adjusted.clamped()) {
            assertThat(adjusted.applied()).isEqualByComparingTo(requested);
        }
    }

    @Property
    void ratesAtOrAboveTheMinimumTargetAreAccepted(@ForAll @DoubleRange(min = 1.1, max = 100) double rate) {
        BigDecimal requested = BigDecimal.valueOf(rate).setScale(1, RoundingMode.HALF_UP);
        double minimum = BurnRateMath.minimumTargetPercent(requested).doubleValue();
        // Allow for the three-decimal rounding of both sides.
        assertThat(BurnRateMath.clamp(requested, Math.min(99.999, minimum + 0.002)).clamped()).isFalse();
    }
}
