package dev.readyservice.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.pulumi.core.Output;
import com.pulumi.core.internal.Internal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SupportHoursWireFormTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Example
    void weekdaysAreOneToFive() {
        var wire = SupportHoursWireForm.of(Fixtures.OFFICE_HOURS);

        assertThat(wire.daysOfWeek()).containsExactly(1, 2, 3, 4, 5);
        assertThat(wire.type()).isEqualTo("fixed_time_per_day");
        assertThat(wire.timeZone()).isEqualTo("Europe/Berlin");
        assertThat(wire.startTime()).isEqualTo("09:00:00");
        assertThat(wire.endTime()).isEqualTo("17:30:00");
    }

    @Example
    void sundayIsSevenNotZero() {
        var wire = SupportHoursWireForm.of(new SupportHours(
                BERLIN, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.of(18, 0)));

        assertThat(wire.daysOfWeek()).containsExactly(1, 7);
    }

    @Example
    void fractionsOfASecondAreDroppedNotRounded() {
        var wire = SupportHoursWireForm.of(new SupportHours(
                BERLIN, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 5, 7, 999_999_999), LocalTime.of(23, 59, 59)));

        assertThat(wire.startTime()).isEqualTo("08:05:07");
        assertThat(wire.endTime()).isEqualTo("23:59:59");
    }

    @Example
    void argsCarryTheWireFormUnderThePluralisedDaysName() {
        var args = SupportHoursWireForm.of(Fixtures.OFFICE_HOURS).toArgs();

        assertThat(value(args.type().orElseThrow())).isEqualTo("fixed_time_per_day");
        assertThat(value(args.timeZone().orElseThrow())).isEqualTo("Europe/Berlin");
        assertThat(value(args.daysOfWeeks().orElseThrow())).isEqualTo(List.of(1, 2, 3, 4, 5));
        assertThat(value(args.startTime().orElseThrow())).isEqualTo("09:00:00");
        assertThat(value(args.endTime().orElseThrow())).isEqualTo("17:30:00");
    }

    @Example
    void nullFieldsAreNamed() {
        assertThatNullPointerException()
                .isThrownBy(() -> new SupportHours(null, Set.of(), LocalTime.NOON, LocalTime.NOON))
                .withMessage("timeZone");
        assertThatNullPointerException()
                .isThrownBy(() -> new SupportHoursWireForm("fixed_time_per_day", "UTC", List.of(1), null, "10:00:00"))
                .withMessage("startTime");
    }

    @Property
    void daysAreAscendingDistinctAndMapBackToTheSameDays(@ForAll("supportHours") SupportHours hours) {
        var days = SupportHoursWireForm.of(hours).daysOfWeek();

        assertThat(days).isSorted().doesNotHaveDuplicates().allSatisfy(day -> assertThat(day).isBetween(1, 7));
        assertThat(days.stream().map(DayOfWeek::of).collect(Collectors.toSet())).isEqualTo(hours.days());
    }

    @Property
    void timesParseBackToTheSameSecond(@ForAll("supportHours") SupportHours hours) {
        var wire = SupportHoursWireForm.of(hours);

        assertThat(wire.startTime()).matches("\\d{2}:\\d{2}:\\d{2}");
        assertThat(wire.endTime()).matches("\\d{2}:\\d{2}:\\d{2}");
        assertThat(LocalTime.parse(wire.startTime())).isEqualTo(hours.start().truncatedTo(ChronoUnit.SECONDS));
        assertThat(LocalTime.parse(wire.endTime())).isEqualTo(hours.end().truncatedTo(ChronoUnit.SECONDS));
    }

    @Property
    void timeZoneIsKeptVerbatim(@ForAll("supportHours") SupportHours hours) {
        var wire = SupportHoursWireForm.of(hours);

        assertThat(ZoneId.of(wire.timeZone())).isEqualTo(hours.timeZone());
        assertThat(wire.type()).isEqualTo(SupportHoursWireForm.FIXED_TIME_PER_DAY);
    }

    @Provide
    Arbitrary<SupportHours> supportHours() {
        Arbitrary<ZoneId> zones = Arbitraries.of(ZoneId.getAvailableZoneIds()).map(ZoneId::of);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1);
        Arbitrary<LocalTime> times = Arbitraries.longs()
                .between(0, LocalTime.MAX.toNanoOfDay())
                .map(LocalTime::ofNanoOfDay);
        return Combinators.combine(zones, days, times, times).as(SupportHours::new);
    }

    private static <T> T value(Output<T> output) {
        return Internal.of(output).getValueNullable().join();
    }
}
