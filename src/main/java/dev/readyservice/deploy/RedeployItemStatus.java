package dev.readyservice.deploy;

import java.util.Locale;

/** The statuses item {@code quality.redeploy-time} can have in a PRR report. */
public enum RedeployItemStatus {
    /** A fresh record shows a successful redeploy within budget. */
    PASS,
    /** A fresh record shows a failed, interrupted or over-budget run. */
    FAIL,
    /** No record, or one older than the allowed age; never counted as a pass. */
    NOT_MEASURED;

    /** The report's spelling: {@code pass}, {@code fail}, {@code not-measured}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
