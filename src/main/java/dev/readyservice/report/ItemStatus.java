package dev.readyservice.report;

import java.util.Locale;

/** The status of one checklist item in a report. */
public enum ItemStatus {
    PASS,
    FAIL,
    /** Violations covered by valid waivers (reason, approver, expiry in the findings). */
    WAIVED,
    SIGNED_OFF,
    MISSING_SIGN_OFF,
    /** A project artefact is absent; never counted as a pass, listed as an open action. */
    NOT_MEASURED,
    NOT_APPLICABLE;

    /** The name used in files, e.g. {@code missing-sign-off}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True for the statuses that make the verdict {@code not-ready}. */
    public boolean blocksVerdict() {
        return this == FAIL || this == MISSING_SIGN_OFF;
    }
}
