package dev.readyservice.deploy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The timed phases of a redeploy run, in the order they run. */
public enum PhaseName {
    /** The first {@code pulumi up}: brings the stack to the current code; its time is not judged. */
    CONVERGE,
    /** The second {@code pulumi up} on a converged stack: the time the budget judges. */
    REDEPLOY,
    /** With {@code rebuild}: {@code pulumi destroy} of the whole stack (never on prod). */
    DESTROY,
    /** With {@code rebuild}: {@code pulumi up} from nothing after the destroy. */
    REBUILD;

    /** The lower-case name written in the record, e.g. {@code redeploy}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase whose {@link #id()} is {@code id}, if any. */
    public static Optional<PhaseName> fromId(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equals(id)).findFirst();
    }
}
