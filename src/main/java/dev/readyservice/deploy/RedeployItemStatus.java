package dev.readyservice.deploy;

import dev.readyservice.model.Labelled;

/**
 * The statuses item {@code quality.redeploy-time} can have in a PRR report; the report spells them
 * by their {@link #label()}: {@code pass}, {@code fail}, {@code not-measured}.
 */
public enum RedeployItemStatus implements Labelled.Named {
    /** A fresh record shows a successful redeploy within budget. */
    PASS,
    /** A fresh record shows a failed, interrupted or over-budget run. */
    FAIL,
    /** No record, or one older than the allowed age; never counted as a pass. */
    NOT_MEASURED
}
