package dev.readyservice.component;

import java.util.List;

/**
 * The team's support hours.
 *
 * @param timeZone IANA time zone, e.g. {@code Europe/London}
 * @param days days of the week, {@code MONDAY} .. {@code SUNDAY} (or {@code MON} .. {@code SUN})
 * @param start start of day, {@code HH:mm}
 * @param end end of day, {@code HH:mm}, after {@code start}
 */
public record SupportHoursSpec(String timeZone, List<String> days, String start, String end) {
}
