package dev.readyservice.report;

import dev.readyservice.model.Labelled;

/** The status of one checklist item in a report; files name it by its {@link #label()}, e.g. {@code missing-sign-off}. */
public enum ItemStatus implements Labelled.Named {
    PASS,
    FAIL,
    /** Violations covered by valid waivers (reason, approver, expiry in the findings). */
    WAIVED,
    SIGNED_OFF,
    MISSING_SIGN_OFF,
    /** A project artefact is absent; never counted as a pass, listed as an open action. */
    NOT_MEASURED,
    NOT_APPLICABLE;

    /** True for the statuses that make the verdict {@code not-ready}. */
    public boolean blocksVerdict() {
        return this == FAIL || this == MISSING_SIGN_OFF;
    }
}
