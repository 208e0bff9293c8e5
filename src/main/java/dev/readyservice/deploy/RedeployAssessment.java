package dev.readyservice.deploy;

import java.util.Objects;

/**
 * The report's judgement of item {@code quality.redeploy-time}.
 *
 * @param status pass, fail or not-measured
 * @param detail one sentence for the report saying what was measured, or why nothing was
 */
public record RedeployAssessment(RedeployItemStatus status, String detail) {
    /** Validates the fields. */
    public RedeployAssessment {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
