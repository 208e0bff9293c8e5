package dev.readyservice.analyzer;

import java.util.Objects;

/**
 * A policy said it does not apply ({@code NotApplicableError} in {@code @pulumi/policy}), with a
 * reason. The pack's automatic type-filter reasons are left out: they say only that a resource was
 * of another type.
 *
 * @param policy the policy name
 * @param reason the policy's reason
 * @param urn the resource analysed, empty for the stack
 */
public record NotApplicable(String policy, String reason, String urn) {
    public NotApplicable {
        Objects.requireNonNull(policy, "policy");
        reason = reason == null ? "" : reason;
        urn = urn == null ? "" : urn;
    }

    /** True for the reasons {@code @pulumi/policy} 1.21 gives by itself rather than a policy's author. */
    static boolean isAutomatic(String reason) {
        return reason.startsWith("Policy only applies to resources of type") || reason.equals("Policy does not implement validateResource");
    }
}
