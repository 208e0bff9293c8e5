package dev.readyservice.component;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The golden signals; a product chooses which of them page out of hours. */
public enum AlertClass {
    LATENCY,
    TRAFFIC,
    ERRORS,
    SATURATION;

    /** The lower-case name used in tags, playbook file names and config. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a class name, ignoring case. */
    public static Optional<AlertClass> parse(String value) {
        return Arrays.stream(values()).filter(c -> c.id().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
