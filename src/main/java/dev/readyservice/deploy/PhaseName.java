package dev.readyservice.deploy;

import dev.readyservice.model.Labelled;

/** The timed phases of a redeploy run, in the order they run; the redeploy record writes each as its {@link #label()}, e.g. {@code redeploy}. */
public enum PhaseName implements Labelled.Named {
    /** The first {@code pulumi up}: brings the stack to the current code; its time is not judged. */
    CONVERGE,
    /** The second {@code pulumi up} on a converged stack: the time the budget judges. */
    REDEPLOY,
    /** With {@code rebuild}: {@code pulumi destroy} of the whole stack (never on prod). */
    DESTROY,
    /** With {@code rebuild}: {@code pulumi up} from nothing after the destroy. */
    REBUILD;
}
