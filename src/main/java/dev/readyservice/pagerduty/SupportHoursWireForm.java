package dev.readyservice.pagerduty;

import dev.readyservice.pagerduty.binding.inputs.ServiceSupportHoursArgs;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * {@link SupportHours} in the form the PagerDuty provider expects: days as numbers 1 (Monday) to
 * 7 (Sunday), ascending, and times of day as {@code HH:mm:ss} strings.
 *
 * @param type always {@link #FIXED_TIME_PER_DAY}, the only kind PagerDuty offers
 * @param timeZone the IANA zone id, e.g. {@code Europe/Berlin}
 * @param daysOfWeek the covered days, 1 (Monday) to 7 (Sunday), ascending, no duplicates
 * @param startTime the opening time, {@code HH:mm:ss}
 * @param endTime the closing time, {@code HH:mm:ss}
 */
public record SupportHoursWireForm(
        String type, String timeZone, List<Integer> daysOfWeek, String startTime, String endTime) {

    /** The only support-hours kind PagerDuty offers: the same window on every covered day. */
    public static final String FIXED_TIME_PER_DAY = "fixed_time_per_day";

    // PagerDuty wants seconds and rejects fractions, so smaller units are dropped, never rounded.
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * @throws NullPointerException naming the field that is null
     */
    public SupportHoursWireForm {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timeZone, "timeZone");
        daysOfWeek = List.copyOf(Objects.requireNonNull(daysOfWeek, "daysOfWeek"));
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endTime, "endTime");
    }

    /**
     * Converts support hours to the wire form. Pure: same input, same output.
     *
     * @param hours the support hours
     * @return the wire form
     */
    public static SupportHoursWireForm of(SupportHours hours) {
        // java.time numbers days ISO-8601 style, Monday = 1 .. Sunday = 7, exactly as PagerDuty does.
        List<Integer> days = hours.days().stream().map(DayOfWeek::getValue).sorted().toList();
        return new SupportHoursWireForm(
                FIXED_TIME_PER_DAY, hours.timeZone().getId(), days, format(hours.start()), format(hours.end()));
    }

    private static String format(LocalTime time) {
        return TIME_OF_DAY.format(time);
    }

    /** @return the provider input for {@code supportHours} */
    public ServiceSupportHoursArgs toArgs() {
        return ServiceSupportHoursArgs.builder()
                .type(type)
                .timeZone(timeZone)
                .daysOfWeeks(daysOfWeek)
                .startTime(startTime)
                .endTime(endTime)
                .build();
    }
}
