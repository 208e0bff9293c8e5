package dev.readyservice.deploy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The verdict of a redeploy run against its budget. */
public enum Verdict {
    /** Every phase succeeded and the redeploy phase finished within budget. */
    PASS,
    /** A phase failed or was interrupted, or the redeploy phase took longer than the budget. */
    FAIL;

    /** The lower-case name written in the record. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict whose {@link #id()} is {@code id}, if any. */
    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
