package dev.readyservice.azure;

import com.pulumi.azurenative.authorization.RoleAssignment;
import com.pulumi.azurenative.authorization.RoleAssignmentArgs;
import com.pulumi.azurenative.dataprotection.BackupInstanceArgs;
import com.pulumi.azurenative.dataprotection.BackupPolicyArgs;
import com.pulumi.azurenative.dataprotection.BackupVault;
import com.pulumi.azurenative.dataprotection.BackupVaultArgs;
import com.pulumi.azurenative.dataprotection.inputs.AbsoluteDeleteOptionArgs;
import com.pulumi.azurenative.dataprotection.inputs.AzureRetentionRuleArgs;
import com.pulumi.azurenative.dataprotection.inputs.DataStoreInfoBaseArgs;
import com.pulumi.azurenative.dataprotection.inputs.DatasourceArgs;
import com.pulumi.azurenative.dataprotection.inputs.DppIdentityDetailsArgs;
import com.pulumi.azurenative.dataprotection.inputs.ImmutabilitySettingsArgs;
import com.pulumi.azurenative.dataprotection.inputs.PolicyInfoArgs;
import com.pulumi.azurenative.dataprotection.inputs.SecuritySettingsArgs;
import com.pulumi.azurenative.dataprotection.inputs.SoftDeleteSettingsArgs;
import com.pulumi.azurenative.dataprotection.inputs.SourceLifeCycleArgs;
import com.pulumi.azurenative.dataprotection.inputs.StorageSettingArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import dev.readyservice.azure.bindings.BackupInstance;
import dev.readyservice.azure.bindings.BackupPolicy;
import java.util.List;
import java.util.Map;

/**
 * Backups of the storage account's blobs: a Data Protection backup vault, an operational-backup
 * policy kept {@code backupRetentionDays}, a backup instance for the account, and the role the
 * vault's identity needs on the account.
 *
 * <p>Operational blob backup is continuous (no schedule): it works through the account's
 * point-in-time restore, which is why {@link StorageFactory} turns on versioning, change feed and
 * soft delete. Azure does not allow editing a backup policy; changing the retention creates a new
 * policy (Pulumi replaces it).
 *
 * <p>Not covered here: vaulted (copied-out) blob backups, which would use the vault's
 * geo-redundant store; operational backups stay in the account, which is geo-zone-redundant in
 * prod. PostgreSQL relies on its own server backups ({@link PostgresFactory}); Data Protection
 * API 2023-01-01 predates flexible-server long-term retention.
 */
public final class BackupFactory {

    /** Built-in role "Storage Account Backup Contributor". */
    public static final String STORAGE_BACKUP_CONTRIBUTOR_ROLE = "e5e2a7ff-d759-4cd2-bb51-3152d37e2eb1";

    /** Data source type of blob backup. */
    public static final String BLOB_DATASOURCE_TYPE = "Microsoft.Storage/storageAccounts/blobServices";

    /** Days a deleted backup stays recoverable in the vault. */
    public static final double VAULT_SOFT_DELETE_DAYS = 14;

    private BackupFactory() {
    }

    /**
     * What callers need from the backups.
     *
     * @param vault          the backup vault
     * @param policy         the blob backup policy
     * @param instance       the backup instance protecting the storage account
     * @param roleAssignment the vault identity's role on the storage account
     */
    public record Result(BackupVault vault, BackupPolicy policy, BackupInstance instance, RoleAssignment roleAssignment) {
    }

    /**
     * Creates {@code <prefix>-backup-vault}, {@code -backup-policy}, {@code -backup-role} and
     * {@code -backup-instance}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName group
     * @param tags              tags of the vault and instance
     * @param data              the data policy (retention)
     * @param storage           the storage account to protect
     * @return vault, policy, instance and role assignment
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags, AzureData data, StorageFactory.Result storage) {
        return protect(parent, prefix, product, resourceGroupName, tags, data.backupRetentionDays(), storage.account().id(),
                storage.accountName());
    }

    /**
     * Backs up a storage account by its id, whoever manages it: the same vault, policy, role and
     * instance as {@link #create}, for an account the team's program already has.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName group of the vault and policy
     * @param tags              tags of the vault and instance
     * @param retentionDays     days the backups are kept
     * @param accountId         the account's id; built from the account resource's {@code id()} when it is one
     *                          of the program, so the instance refers to it (docs/evidence.md, "Data")
     * @param accountName       the account's Azure name
     * @return vault, policy, instance and role assignment
     */
    public static Result protect(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags, int retentionDays, Output<String> accountId, String accountName) {
        BackupVault vault = new BackupVault(prefix + "-backup-vault", BackupVaultArgs.builder()
                .resourceGroupName(resourceGroupName)
                .location(product.location())
                .identity(DppIdentityDetailsArgs.builder().type("SystemAssigned").build())
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupVaultArgs.builder()
                        .storageSettings(StorageSettingArgs.builder()
                                .datastoreType("VaultStore")
                                .type(product.prod() ? "GeoRedundant" : "LocallyRedundant")
                                .build())
                        .securitySettings(SecuritySettingsArgs.builder()
                                .softDeleteSettings(SoftDeleteSettingsArgs.builder().state("On")
                                        .retentionDurationInDays(VAULT_SOFT_DELETE_DAYS).build())
                                // Unlocked immutability in prod stops backups being deleted before they
                                // expire; it is not Locked, which could never be undone.
                                .immutabilitySettings(ImmutabilitySettingsArgs.builder()
                                        .state(product.prod() ? "Unlocked" : "Disabled").build())
                                .build())
                        .build())
                .tags(tags)
                .build(), AzureResourceOptions.stateful(parent, product.prod()));

        BackupPolicy policy = new BackupPolicy(prefix + "-backup-policy", BackupPolicyArgs.builder()
                .resourceGroupName(resourceGroupName)
                // Refers to the vault, so the PRR can read the redundancy the policy's backups are kept with.
                .vaultName(References.to(vault, vault.name()))
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupPolicyArgs.builder()
                        .objectType("BackupPolicy")
                        .datasourceTypes(List.of(BLOB_DATASOURCE_TYPE))
                        .policyRules(List.of(Either.ofRight(operationalRetention(retentionDays))))
                        .build())
                .build(), AzureResourceOptions.child(parent));

        RoleAssignment role = new RoleAssignment(prefix + "-backup-role", RoleAssignmentArgs.builder()
                .scope(accountId)
                .roleDefinitionId(roleDefinitionId(product.subscriptionId(), STORAGE_BACKUP_CONTRIBUTOR_ROLE))
                // A preview only knows the identity's type: its principal id is assigned when the vault is
                // created, so it is absent (not an error) until then.
                .principalId(vault.identity().applyValue(identity -> identity.map(i -> i.principalId()).orElse(null)))
                // Naming the principal type lets ARM skip the directory lookup that fails while a new
                // managed identity is still replicating.
                .principalType("ServicePrincipal")
                .description("Lets the backup vault of " + product.product() + " back up the storage account's blobs.")
                .build(), AzureResourceOptions.child(parent));

        BackupInstance instance = new BackupInstance(prefix + "-backup-instance", BackupInstanceArgs.builder()
                .resourceGroupName(resourceGroupName)
                .vaultName(vault.name())
                .properties(com.pulumi.azurenative.dataprotection.inputs.BackupInstanceArgs.builder()
                        .objectType("BackupInstance")
                        .friendlyName(accountName)
                        .dataSourceInfo(DatasourceArgs.builder()
                                .objectType("Datasource")
                                .resourceID(accountId)
                                .resourceName(accountName)
                                .resourceType("Microsoft.Storage/storageAccounts")
                                .resourceLocation(product.location())
                                .datasourceType(BLOB_DATASOURCE_TYPE)
                                .build())
                        .policyInfo(PolicyInfoArgs.builder().policyId(policy.id()).build())
                        .build())
                .tags(tags)
                // The vault validates its access to the account when the instance is created.
                .build(), AzureResourceOptions.child(parent, role));
        return new Result(vault, policy, instance, role);
    }

    /**
     * The single default retention rule of operational blob backup: keep {@code days} on the
     * operational store.
     *
     * @param days retention
     * @return the rule
     */
    static AzureRetentionRuleArgs operationalRetention(int days) {
        return AzureRetentionRuleArgs.builder()
                .objectType("AzureRetentionRule")
                .name("Default")
                .isDefault(true)
                .lifecycles(List.of(SourceLifeCycleArgs.builder()
                        .deleteAfter(AbsoluteDeleteOptionArgs.builder().objectType("AbsoluteDeleteOption").duration(isoDays(days)).build())
                        .sourceDataStore(DataStoreInfoBaseArgs.builder().objectType("DataStoreInfoBase").dataStoreType("OperationalStore").build())
                        .build()))
                .build();
    }

    /**
     * @param days a number of days
     * @return the ISO 8601 duration, e.g. {@code P30D}
     */
    public static String isoDays(int days) {
        return "P" + days + "D";
    }

    /**
     * @param subscriptionId subscription
     * @param roleGuid       built-in role GUID
     * @return the role definition's full resource id
     */
    public static String roleDefinitionId(String subscriptionId, String roleGuid) {
        return "/subscriptions/" + subscriptionId + "/providers/Microsoft.Authorization/roleDefinitions/" + roleGuid;
    }
}
