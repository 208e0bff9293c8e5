package dev.readyservice.azure.bindings;

import com.pulumi.azurenative.dataprotection.BackupPolicyArgs;
import com.pulumi.core.Output;
import com.pulumi.core.annotations.Export;
import com.pulumi.core.annotations.ResourceType;
import com.pulumi.resources.CustomResource;
import com.pulumi.resources.CustomResourceOptions;
import javax.annotation.Nullable;

/**
 * A Data Protection backup policy ({@code azure-native:dataprotection:BackupPolicy}) that a Java
 * program can read back: use it instead of {@code com.pulumi.azurenative.dataprotection.BackupPolicy}.
 *
 * <p><strong>Why it exists.</strong> The official class types its {@code properties} output as
 * {@code BackupPolicyResponse}, whose {@code policyRules} is a list of unions
 * ({@code List<Either<AzureBackupRuleResponse, AzureRetentionRuleResponse>>}). The Java SDK 1.36.1
 * cannot select a union member for an object (it matches neither side, converts the rule to
 * {@code null}) and then fails to build the list, so the program crashes as soon as the provider
 * answers with the rules, which the real azure-native provider does in {@code pulumi preview}
 * (it maps the inputs onto the response) and in {@code pulumi up}. This class registers the same
 * type token with the same inputs (the official {@link BackupPolicyArgs}, which serialise fine) and
 * the same resource options (plugin version, API-version aliases), and exports only what the SDK
 * reads safely: {@code name}, {@code type}, and {@code properties} untyped (maps and lists as the
 * provider sent them). The resource in the state, the preview and a policy pack's view are the
 * same as with the official class.
 *
 * <p><strong>When to drop it.</strong> When the Java SDK selects union members by wire shape
 * (pulumi/pulumi-java PR #2302, open as of SDK 1.36.1): {@code BackupPolicyUnionOutputsTest} then
 * fails, saying the official class reads the rules, and this class can go.
 */
@ResourceType(type = BackupPolicy.TYPE)
public class BackupPolicy extends CustomResource {

    /** The type token this binding registers (the official class's). */
    public static final String TYPE = "azure-native:dataprotection:BackupPolicy";

    @Export(name = "name", refs = {String.class}, tree = "[0]")
    private Output<String> name;

    @Export(name = "type", refs = {String.class}, tree = "[0]")
    private Output<String> type;

    @Export(name = "properties", refs = {Object.class}, tree = "[0]")
    private Output<Object> properties;

    /**
     * Registers the policy.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the official inputs
     * @param options resource options such as {@code parent}; merged over the official class's
     *     defaults (plugin version, aliases) as the official class merges them
     */
    public BackupPolicy(String name, BackupPolicyArgs args, @Nullable CustomResourceOptions options) {
        super(TYPE, name, args, CustomResourceOptions.merge(defaultOptions(), options, null));
    }

    /**
     * Registers the policy with no resource options.
     *
     * @param name the unique Pulumi name of the resource
     * @param args the official inputs
     */
    public BackupPolicy(String name, BackupPolicyArgs args) {
        this(name, args, null);
    }

    /** The options the official class sets on every policy: the azure-native plugin version and its aliases. */
    static CustomResourceOptions defaultOptions() {
        return DataProtectionOptions.of("BackupPolicy");
    }

    /** @return the policy's Azure name */
    public Output<String> name() {
        return name;
    }

    /** @return the Azure resource type, {@code Microsoft.DataProtection/backupVaults/backupPolicies} */
    public Output<String> type() {
        return type;
    }

    /**
     * @return the policy's properties as the provider answered them, untyped: a map with
     *     {@code objectType}, {@code datasourceTypes} and {@code policyRules} (a list of maps)
     */
    public Output<Object> properties() {
        return properties;
    }
}
