package dev.readyservice.analyzer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How strongly a policy is enforced, as the pack and its configuration say. */
public enum EnforcementLevel {
    /** Reported; does not block a deployment. */
    ADVISORY,
    /** Blocks a deployment. */
    MANDATORY,
    /** Turned off by configuration; the policy reports nothing. */
    DISABLED,
    /** The policy may rewrite the resource (Pulumi's {@code remediate}); reported like mandatory. */
    REMEDIATE;

    /** The lower-case name Pulumi uses in config files and output, e.g. {@code mandatory}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the name used in a policy config file or manifest.
     *
     * @throws IllegalArgumentException naming the value and the allowed names
     */
    public static EnforcementLevel parse(String value) {
        for (EnforcementLevel level : values()) {
            if (level.wireName().equals(value)) {
                return level;
            }
        }
        throw new IllegalArgumentException("enforcementLevel '" + value + "' is not one of "
                + Arrays.stream(values()).map(EnforcementLevel::wireName).collect(Collectors.joining(", ")));
    }
}
