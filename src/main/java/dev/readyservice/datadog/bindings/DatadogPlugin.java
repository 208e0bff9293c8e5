package dev.readyservice.datadog.bindings;

import com.pulumi.resources.CustomResourceOptions;
import java.util.List;
import javax.annotation.Nullable;

/**
 * The Datadog provider plugin our bindings are written against.
 *
 * <p>{@code com.pulumi:datadog} is not served to our builds, so these bindings register the
 * official type tokens themselves. Pinning the plugin version through the {@code version}
 * resource option makes a real {@code pulumi up} install and use exactly the provider whose
 * schema the bindings were checked against ({@code provider-schemas/datadog.json}).
 */
public final class DatadogPlugin {

    /** The provider plugin version every binding pins. */
    public static final String VERSION = "5.8.0";

    private DatadogPlugin() {}

    /**
     * Merges the pinned plugin version (and secret outputs) into the caller's options.
     *
     * <p>The caller's options come first and ours second so that the pin always wins, while
     * everything the caller set that we do not ({@code parent}, {@code protect},
     * {@code dependsOn}, ...) survives the merge unchanged.
     *
     * @param options the caller's options; {@code null} means none
     * @param secretOutputs output names the engine must keep secret
     * @return the merged options
     */
    public static CustomResourceOptions pin(@Nullable CustomResourceOptions options, List<String> secretOutputs) {
        var pinned = CustomResourceOptions.builder().version(VERSION);
        if (!secretOutputs.isEmpty()) {
            pinned.additionalSecretOutputs(secretOutputs);
        }
        // merge() writes into its first argument (and into the shared CustomResourceOptions.Empty when
        // that argument is null), so merge into a fresh object: never the caller's, never Empty.
        var fresh = CustomResourceOptions.merge(CustomResourceOptions.builder().build(), options);
        return CustomResourceOptions.merge(fresh, pinned.build());
    }
}
