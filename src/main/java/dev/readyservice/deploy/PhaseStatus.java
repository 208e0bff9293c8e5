package dev.readyservice.deploy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a phase ended. */
public enum PhaseStatus {
    /** The Pulumi operation finished without error. */
    SUCCEEDED,
    /** The Pulumi operation reported an error; the stack may be partly updated. */
    FAILED,
    /** The run was interrupted (Ctrl-C, a cancelled CI job) or the process died during the phase. */
    INTERRUPTED;

    /** The lower-case name written in the record. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status whose {@link #id()} is {@code id}, if any. */
    public static Optional<PhaseStatus> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
