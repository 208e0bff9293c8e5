package dev.readyservice.deploy;

import dev.readyservice.model.Labelled;

/** How a phase ended; the redeploy record writes each as its {@link #label()}, e.g. {@code succeeded}. */
public enum PhaseStatus implements Labelled.Named {
    /** The Pulumi operation finished without error. */
    SUCCEEDED,
    /** The Pulumi operation reported an error; the stack may be partly updated. */
    FAILED,
    /** The run was interrupted (Ctrl-C, a cancelled CI job) or the process died during the phase. */
    INTERRUPTED;
}
