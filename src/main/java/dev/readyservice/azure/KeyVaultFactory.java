package dev.readyservice.azure;

import com.pulumi.azurenative.keyvault.Key;
import com.pulumi.azurenative.keyvault.KeyArgs;
import com.pulumi.azurenative.keyvault.Vault;
import com.pulumi.azurenative.keyvault.VaultArgs;
import com.pulumi.azurenative.keyvault.enums.SkuName;
import com.pulumi.azurenative.keyvault.inputs.AccessPolicyEntryArgs;
import com.pulumi.azurenative.keyvault.inputs.KeyPropertiesArgs;
import com.pulumi.azurenative.keyvault.inputs.NetworkRuleSetArgs;
import com.pulumi.azurenative.keyvault.inputs.PermissionsArgs;
import com.pulumi.azurenative.keyvault.inputs.SkuArgs;
import com.pulumi.azurenative.keyvault.inputs.VaultPropertiesArgs;
import com.pulumi.core.Either;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The product's Key Vault and, when customer-managed keys are on, the RSA key that encrypts
 * storage and PostgreSQL.
 *
 * <p>Network: public network access stays enabled but the firewall denies by default and lets
 * trusted Azure services through ({@code bypass=AzureServices}): storage, PostgreSQL and the
 * Application Gateway reach the vault as trusted services, and nothing else does. Private
 * endpoints are not created here.
 *
 * <p>Warning for test stacks: with purge protection, a deleted vault's name stays reserved for
 * {@link #SOFT_DELETE_RETENTION_DAYS} days; the name is derived from product and environment.
 */
public final class KeyVaultFactory {

    /** Longest soft-delete retention Key Vault allows. */
    public static final int SOFT_DELETE_RETENTION_DAYS = 90;

    /** RSA size of the customer-managed key; storage and PostgreSQL accept 2048, 3072 and 4096. */
    public static final int KEY_SIZE = 3072;

    /** Name of the customer-managed key inside the vault. */
    public static final String KEY_NAME = "data-encryption";

    private KeyVaultFactory() {
    }

    /**
     * What callers need from the vault.
     *
     * @param vault     the vault
     * @param vaultName its Azure name ({@link AzureNames#keyVaultName})
     * @param vaultUri  its data-plane URI, known before deployment
     * @param key       the customer-managed key, present when requested
     */
    public record Result(Vault vault, String vaultName, String vaultUri, Optional<Key> key) {
    }

    /**
     * Creates {@code <prefix>-kv} and, when {@code customerManagedKey}, {@code <prefix>-cmk}.
     *
     * @param parent             owner
     * @param prefix             Pulumi name prefix
     * @param product            the product (tenant id, environment)
     * @param resourceGroupName  group
     * @param tags               tags of the vault and key
     * @param grants             access policy entries; include every identity that uses the vault
     * @param customerManagedKey true to create the RSA key
     * @return the vault and key
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, Output<String> resourceGroupName,
            Map<String, String> tags, List<VaultGrant> grants, boolean customerManagedKey) {
        String vaultName = AzureNames.keyVaultName(product);
        Vault vault = new Vault(prefix + "-kv", VaultArgs.builder()
                .resourceGroupName(resourceGroupName)
                .vaultName(vaultName)
                .location(product.location())
                .properties(VaultPropertiesArgs.builder()
                        .tenantId(product.tenantId())
                        .sku(SkuArgs.builder().family("A").name(SkuName.Standard).build())
                        // Soft delete and purge protection are required for customer-managed keys and
                        // cannot be turned off once on.
                        .enableSoftDelete(true)
                        .softDeleteRetentionInDays(SOFT_DELETE_RETENTION_DAYS)
                        .enablePurgeProtection(true)
                        .enableRbacAuthorization(false)
                        .enabledForDeployment(false)
                        .enabledForDiskEncryption(false)
                        .enabledForTemplateDeployment(false)
                        .publicNetworkAccess("Enabled")
                        .networkAcls(NetworkRuleSetArgs.builder().defaultAction("Deny").bypass("AzureServices").build())
                        .accessPolicies(grants.stream().map(grant -> accessPolicy(product, grant)).toList())
                        .build())
                .tags(tags)
                .build(), AzureResourceOptions.stateful(parent, product.prod()));

        Optional<Key> key = Optional.empty();
        if (customerManagedKey) {
            key = Optional.of(new Key(prefix + "-cmk", KeyArgs.builder()
                    .resourceGroupName(resourceGroupName)
                    // Refers to the vault, so the PRR can show the key's vault has purge protection.
                    .vaultName(References.to(vault, vault.name()))
                    .keyName(KEY_NAME)
                    .properties(KeyPropertiesArgs.builder()
                            .kty("RSA")
                            .keySize(KEY_SIZE)
                            .keyOps(List.of(Either.ofLeft("wrapKey"), Either.ofLeft("unwrapKey")))
                            .build())
                    .tags(tags)
                    .build(), AzureResourceOptions.stateful(parent, product.prod())));
        }
        return new Result(vault, vaultName, AzureNames.keyVaultUri(vaultName), key);
    }

    private static AccessPolicyEntryArgs accessPolicy(AzureProduct product, VaultGrant grant) {
        return AccessPolicyEntryArgs.builder()
                .tenantId(product.tenantId())
                .objectId(grant.principalId())
                .permissions(PermissionsArgs.builder()
                        .keys(grant.keyPermissions().stream().map(Either::<String, com.pulumi.azurenative.keyvault.enums.KeyPermissions>ofLeft).toList())
                        .secrets(grant.secretPermissions().stream().map(Either::<String, com.pulumi.azurenative.keyvault.enums.SecretPermissions>ofLeft).toList())
                        .build())
                .build();
    }
}
