package dev.readyservice.deploy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations people type on a command line: {@code 5m}, {@code 300s}, {@code 90s},
 * {@code 2m30s}, {@code 1h}. Hours, minutes and seconds, each at most once and in that order.
 */
public final class DurationText {
    private static final Pattern FORMAT = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");
    private static final String ALLOWED = "whole hours, minutes and seconds such as 5m, 300s, 90s or 2m30s";

    private DurationText() {
    }

    /**
     * Parses {@code text}.
     *
     * @param field the option or field the text came from, named in the error
     * @param text the duration, e.g. {@code 2m30s}
     * @return the duration, always positive
     * @throws IllegalArgumentException naming the field, the value and the allowed forms when the
     *     text is empty, malformed or zero
     */
    public static Duration parse(String field, String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(value);
        if (value.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException(
                    field + ": '" + text + "' is not a duration; expected " + ALLOWED);
        }
        Duration d = Duration.ofHours(number(field, text, m.group(1)))
                .plusMinutes(number(field, text, m.group(2)))
                .plusSeconds(number(field, text, m.group(3)));
        if (d.isZero()) {
            throw new IllegalArgumentException(
                    field + ": '" + text + "' is zero; expected a positive duration in " + ALLOWED);
        }
        return d;
    }

    /** Formats a duration the way {@link #parse} reads it, e.g. {@code 2m30s}. */
    public static String format(Duration d) {
        StringBuilder s = new StringBuilder();
        if (d.toHours() > 0) {
            s.append(d.toHours()).append('h');
        }
        if (d.toMinutesPart() > 0) {
            s.append(d.toMinutesPart()).append('m');
        }
        if (d.toSecondsPart() > 0 || s.length() == 0) {
            s.append(d.toSecondsPart()).append('s');
        }
        return s.toString();
    }

    private static long number(String field, String text, String group) {
        // Digits only (the pattern says so); more than nine digits is not a budget anyone means.
        if (group == null) {
            return 0;
        }
        if (group.length() > 9) {
            throw new IllegalArgumentException(field + ": '" + text + "' has a number too large ('" + group
                    + "'); expected at most 9 digits per unit");
        }
        return Long.parseLong(group);
    }
}
