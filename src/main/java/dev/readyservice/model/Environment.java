package dev.readyservice.model;

import java.util.Optional;

/** The stage a product runs in. Prod tightens defaults (geo-redundancy, customer-managed keys, locks). */
public enum Environment implements Labelled.Named {
    QA,
    PROD;

    /** The lower-case name used in tags, config and resource names: its {@link #label()}. */
    public String id() {
        return label();
    }

    /** Parses {@code qa} or {@code prod}, ignoring case. */
    public static Optional<Environment> parse(String value) {
        return Labelled.parse(Environment.class, value);
    }
}
