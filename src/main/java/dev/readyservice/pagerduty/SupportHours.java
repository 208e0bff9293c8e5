package dev.readyservice.pagerduty;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * The weekly window in which the product's team is at work. Inside it every incident is high
 * urgency; outside it only page-class events are (see {@link IncidentUrgency}).
 *
 * @param timeZone the zone the window is read in, e.g. {@code Europe/Berlin}
 * @param days the days the window applies to (at least one)
 * @param start the time of day the window opens; seconds are kept, smaller units are dropped
 * @param end the time of day the window closes, after {@code start}
 */
public record SupportHours(ZoneId timeZone, Set<DayOfWeek> days, LocalTime start, LocalTime end) {

    /**
     * @throws NullPointerException naming the field that is null
     */
    public SupportHours {
        Objects.requireNonNull(timeZone, "timeZone");
        days = Set.copyOf(Objects.requireNonNull(days, "days"));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }
}
