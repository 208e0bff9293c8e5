package dev.readyservice.analyzer;

import dev.readyservice.model.Labelled;

/** How strongly a policy is enforced, as the pack and its configuration say. */
public enum EnforcementLevel implements Labelled.Named {
    /** Reported; does not block a deployment. */
    ADVISORY,
    /** Blocks a deployment. */
    MANDATORY,
    /** Turned off by configuration; the policy reports nothing. */
    DISABLED,
    /** The policy may rewrite the resource (Pulumi's {@code remediate}); reported like mandatory. */
    REMEDIATE;

    /** The lower-case name Pulumi uses in config files and output, e.g. {@code mandatory}: its {@link #label()}. */
    public String wireName() {
        return label();
    }

    /**
     * Parses the name used in a policy config file or manifest.
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static EnforcementLevel parse(String value) {
        return Labelled.require(EnforcementLevel.class, "enforcementLevel", value);
    }
}
