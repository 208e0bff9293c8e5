package dev.readyservice.pagerduty.binding;

import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * The PagerDuty provider plugin our bindings are written against.
 *
 * <p>{@code com.pulumi:pagerduty} is not available to our builds, so the bindings in this package
 * register the official type tokens themselves. Pinning the plugin version through the resource
 * option {@code version} makes a real {@code pulumi up} install and use exactly the provider whose
 * schema the bindings were checked against ({@code provider-schemas/pagerduty.json}).
 */
public final class PagerDutyPlugin {

    /** The pinned provider plugin version; bump only after re-checking the bindings against the new schema. */
    public static final String VERSION = "4.34.0";

    private PagerDutyPlugin() {}

    /**
     * Merges the pinned plugin version under the caller's options, as the generated SDKs do:
     * everything the caller set ({@code parent}, {@code provider}, {@code protect}, ...) survives.
     *
     * @param options the caller's options, or {@code null}
     * @param additionalSecretOutputs outputs the engine must store encrypted, on top of the caller's
     * @return options carrying the plugin version
     */
    public static CustomResourceOptions withPinnedVersion(
            @Nullable CustomResourceOptions options, String... additionalSecretOutputs) {
        var defaults = CustomResourceOptions.builder()
                .version(VERSION)
                .additionalSecretOutputs(additionalSecretOutputs)
                .build();
        return CustomResourceOptions.merge(defaults, options);
    }
}
