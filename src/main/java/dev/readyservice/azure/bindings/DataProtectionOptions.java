package dev.readyservice.azure.bindings;

import com.pulumi.azurenative.Utilities;
import com.pulumi.core.Alias;
import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import java.util.List;

/**
 * The resource options the official azure-native 2.10.0 Data Protection classes set on every
 * resource (their {@code makeResourceOptions}): the plugin version, and an alias per API version of
 * the type, so a stack created with the official class, or with an API-versioned token, keeps its
 * resource when it switches to one of our bindings. The backup policy and the backup instance alias
 * the same twenty versions; each binding's test compares its options with the official class's.
 */
final class DataProtectionOptions {

    /** The API versions the official classes alias their types to, oldest first. */
    static final List<String> ALIASED_API_VERSIONS = List.of("v20210101", "v20210201preview", "v20210601preview",
            "v20210701", "v20211001preview", "v20211201preview", "v20220101", "v20220201preview", "v20220301",
            "v20220331preview", "v20220401", "v20220501", "v20220901preview", "v20221001preview", "v20221101preview",
            "v20221201", "v20230101", "v20230401preview", "v20230501", "v20230601preview");

    private DataProtectionOptions() {
    }

    /**
     * @param resource the type's name in the module, e.g. {@code BackupPolicy}
     * @return the plugin version and the aliases {@code azure-native:dataprotection/<version>:<resource>}
     */
    static CustomResourceOptions of(String resource) {
        return CustomResourceOptions.builder()
                .version(Utilities.getVersion())
                .aliases(ALIASED_API_VERSIONS.stream()
                        .map(version -> Output.of(Alias.builder().type("azure-native:dataprotection/" + version + ":" + resource).build()))
                        .toList())
                .build();
    }
}
