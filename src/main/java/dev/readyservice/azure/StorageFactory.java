package dev.readyservice.azure;

import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.storage.BlobServiceProperties;
import com.pulumi.azurenative.storage.BlobServicePropertiesArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.ChangeFeedArgs;
import com.pulumi.azurenative.storage.inputs.DeleteRetentionPolicyArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionIdentityArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServiceArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionServicesArgs;
import com.pulumi.azurenative.storage.inputs.IdentityArgs;
import com.pulumi.azurenative.storage.inputs.KeyVaultPropertiesArgs;
import com.pulumi.azurenative.storage.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.storage.inputs.RestorePolicyPropertiesArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product's storage account, encrypted twice (service + infrastructure layer, both AES-256),
 * with a customer-managed key when asked, and its blob data protection (soft delete, versioning,
 * change feed, point-in-time restore).
 *
 * <p>Traps: {@code requireInfrastructureEncryption} can only be set when the account is created
 * (changing it replaces the account, which {@code protect} blocks in prod); a customer-managed key
 * at creation needs a user-assigned identity that already has get/wrapKey/unwrapKey on the key.
 */
public final class StorageFactory {

    /** {@code keySource} with platform-managed keys. */
    public static final String PLATFORM_KEYS = "Microsoft.Storage";

    /** {@code keySource} with a customer-managed key in Key Vault. */
    public static final String CUSTOMER_KEYS = "Microsoft.Keyvault";

    private StorageFactory() {
    }

    /**
     * The customer-managed key and the identity that unwraps it.
     *
     * @param key      the RSA key (its version is omitted so Azure follows key rotation)
     * @param keyName  the key's name in the vault
     * @param vaultUri the vault's URI
     * @param identity identity with {@link VaultGrant#keyWrapping} on the vault
     */
    public record CustomerManagedKey(Key key, String keyName, String vaultUri, UserAssignedIdentity identity) {
    }

    /**
     * What callers need from storage.
     *
     * @param account     the storage account
     * @param accountName its Azure name ({@link AzureData#storageAccountName(AzureProduct)})
     * @param blobService the blob service properties (data protection)
     */
    public record Result(StorageAccount account, String accountName, BlobServiceProperties blobService) {
    }

    /**
     * Creates {@code <prefix>-storage} and {@code <prefix>-blob-protection}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param product           the product
     * @param resourceGroupName group
     * @param tags              tags of the account
     * @param data              the data policy
     * @param cmk               the customer-managed key; empty means platform-managed keys
     * @return the account and its blob service
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags, AzureData data, Optional<CustomerManagedKey> cmk) {
        String accountName = data.storageAccountName(product);
        StorageAccountArgs.Builder args = StorageAccountArgs.builder()
                .resourceGroupName(resourceGroupName)
                .accountName(accountName)
                .location(product.location())
                .kind("StorageV2")
                .sku(SkuArgs.builder().name(StorageDefaults.skuName(data.redundancy(), product.prod())).build())
                .accessTier(com.pulumi.azurenative.storage.enums.AccessTier.Hot)
                .enableHttpsTrafficOnly(true)
                .minimumTlsVersion(TlsFloors.STORAGE)
                .allowBlobPublicAccess(false)
                // Shared keys bypass Azure AD and cannot be scoped or audited per caller.
                .allowSharedKeyAccess(false)
                .defaultToOAuthAuthentication(true)
                .allowCrossTenantReplication(false)
                .isHnsEnabled(false)
                // The web apps are not VNet-integrated, so they reach storage over its public
                // endpoint; access is Azure AD only (no shared keys, no anonymous blobs). Deny plus
                // private endpoints is the follow-up once compute joins a VNet.
                .publicNetworkAccess("Enabled")
                .networkRuleSet(NetworkRuleSetArgs.builder()
                        .defaultAction(com.pulumi.azurenative.storage.enums.DefaultAction.Allow)
                        .bypass("AzureServices")
                        .build())
                .encryption(encryption(cmk))
                .tags(tags);
        cmk.ifPresent(k -> args.identity(IdentityArgs.builder()
                .type("UserAssigned")
                .userAssignedIdentities(k.identity().id().applyValue(List::of))
                .build()));
        Resource[] dependsOn = cmk.map(k -> new Resource[] {k.key()}).orElse(new Resource[0]);
        StorageAccount account = new StorageAccount(prefix + "-storage", args.build(),
                AzureResourceOptions.stateful(parent, product.prod(), dependsOn));

        int softDeleteDays = StorageDefaults.softDeleteDays(data.backupRetentionDays());
        BlobServiceProperties blob = new BlobServiceProperties(prefix + "-blob-protection", BlobServicePropertiesArgs.builder()
                .resourceGroupName(resourceGroupName)
                .accountName(account.name())
                // The only name Azure accepts for the blob service.
                .blobServicesName("default")
                .deleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(softDeleteDays)
                        // Permanent delete cannot be combined with point-in-time restore.
                        .allowPermanentDelete(false).build())
                .containerDeleteRetentionPolicy(DeleteRetentionPolicyArgs.builder().enabled(true).days(softDeleteDays).build())
                .isVersioningEnabled(true)
                .changeFeed(ChangeFeedArgs.builder().enabled(true).retentionInDays(softDeleteDays).build())
                .restorePolicy(RestorePolicyPropertiesArgs.builder().enabled(true).days(data.backupRetentionDays()).build())
                .build(), AzureResourceOptions.child(parent));
        return new Result(account, accountName, blob);
    }

    private static EncryptionArgs encryption(Optional<CustomerManagedKey> cmk) {
        EncryptionServiceArgs accountKey = EncryptionServiceArgs.builder().enabled(true).keyType("Account").build();
        EncryptionArgs.Builder encryption = EncryptionArgs.builder()
                .requireInfrastructureEncryption(true)
                .services(EncryptionServicesArgs.builder().blob(accountKey).file(accountKey).queue(accountKey).table(accountKey).build())
                .keySource(cmk.isPresent() ? CUSTOMER_KEYS : PLATFORM_KEYS);
        cmk.ifPresent(k -> encryption
                // The key name refers to the key resource, so the account's encryption depends on the key
                // (the property dependency by which the PRR shows the key exists in the stack).
                .keyVaultProperties(KeyVaultPropertiesArgs.builder().keyName(References.to(k.key(), Output.of(k.keyName())))
                        .keyVaultUri(k.vaultUri()).build())
                .encryptionIdentity(EncryptionIdentityArgs.builder().encryptionUserAssignedIdentity(k.identity().id()).build()));
        return encryption.build();
    }
}
