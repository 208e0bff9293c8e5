package dev.readyservice.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The stage a product runs in. Prod tightens defaults (geo-redundancy, customer-managed keys, locks). */
public enum Environment {
    QA,
    PROD;

    /** The lower-case name used in tags, config and resource names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code qa} or {@code prod}, ignoring case. */
    public static Optional<Environment> parse(String value) {
        return Arrays.stream(values()).filter(e -> e.id().equalsIgnoreCase(value == null ? "" : value.trim())).findFirst();
    }
}
