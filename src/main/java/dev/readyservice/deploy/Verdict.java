package dev.readyservice.deploy;

import dev.readyservice.model.Labelled;

/** The verdict of a redeploy run against its budget; the redeploy record writes each as its {@link #label()}, e.g. {@code pass}. */
public enum Verdict implements Labelled.Named {
    /** Every phase succeeded and the redeploy phase finished within budget. */
    PASS,
    /** A phase failed or was interrupted, or the redeploy phase took longer than the budget. */
    FAIL;
}
