package dev.readyservice.azure.bindings;

import com.pulumi.azurenative.dataprotection.BackupInstanceArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A Data Protection backup instance ({@code azure-native:dataprotection:BackupInstance}) that a Java
 * program can read back whatever Azure answers: use it instead of
 * {@code com.pulumi.azurenative.dataprotection.BackupInstance}.
 *
 * <p><strong>Why it exists.</strong> The official class types its {@code properties} output as
 * {@code BackupInstanceResponse}, whose {@code policyInfo.policyParameters.backupDatasourceParametersList}
 * is a list of unions ({@code List<Either<BlobBackupDatasourceParametersResponse,
 * KubernetesClusterBackupDatasourceParametersResponse>>}), which the Java SDK 1.36.1 cannot read (see
 * {@link BackupPolicy}). Azure answers that list for a vaulted blob backup (the containers backed
 * up, {@code objectType: BlobBackupDatasourceParameters}) and for an AKS backup, so a program with
 * the official class crashes in {@code pulumi preview} when it sets the list (the provider maps the
 * inputs onto the response) and in {@code pulumi up} and every later preview once Azure returns it.
 * An operational blob backup, which {@code BackupFactory} configures, carries no list and reads
 * fine with either class; this one is used so that a change of backup tier, or an answer Azure
 * fills in, cannot crash a deploy after the resource was created. Same type token, the official
 * inputs ({@link BackupInstanceArgs}) and resource options (plugin version, API-version aliases);
 * outputs: {@code name}, {@code type}, and {@code properties} untyped.
 *
 * <p><strong>When to drop it.</strong> With {@link BackupPolicy}: when
 * {@code BackupInstanceUnionOutputsTest#theOfficialClassCannotReadAVaultedBlobBackup} fails.
 */
@ResourceType(type = BackupInstance.TYPE)
public class BackupInstance extends CustomResource {

    /** The type token this binding registers (the official class's). */
    public static final String TYPE = "azure-native:dataprotection:BackupInstance";

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "properties", refs = {Object.class}, tree = "[0]")
    private Output<Object> properties;

    /**
     * Registers the backup instance.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the official inputs
     * @param options resource options such as {@code parent}; merged over the official class's
     *     defaults (plugin version, aliases) as the official class merges them
     */
    public BackupInstance(String name, BackupInstanceArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, CustomResourceOptions.merge(defaultOptions(), options, null));
    }

    /**
     * Registers the backup instance with no resource options.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the official inputs
     */
    public BackupInstance(String name, BackupInstanceArgs args) {
        this(name, args, null);
    }

    /** The options the official class sets on every instance: the azure-native plugin version and its aliases. */
    static CustomResourceOptions defaultOptions() {
        return DataProtectionOptions.of("BackupInstance");
    }

    /** @return the instance's Azure name */
    public Output<String> name() {
        return name;
    }

    /** @return the Azure resource type, {@code Microsoft.DataProtection/backupVaults/backupInstances} */
    public Output<String> type() {
        return type;
    }

    /**
     * @return the instance's properties as the provider answered them, untyped: a map with
     *     {@code objectType}, {@code dataSourceInfo}, {@code policyInfo} (its
     *     {@code policyParameters.backupDatasourceParametersList} a list of maps when Azure sends it),
     *     {@code protectionStatus}, {@code provisioningState}, ...
     */
    public Output<Object> properties() {
        return properties;
    }
}
