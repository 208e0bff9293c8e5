package dev.readyservice.azure;

import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.resources.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * All Azure resources of one product, in dependency order: resource group (+ lock), network,
 * compute per component, identities, Key Vault (+ key), storage, backups, PostgreSQL, Application Gateway.
 * The {@code ReadyService} component can call this one method, or the factories one by one.
 */
public final class AzureFootprint {

    private AzureFootprint() {
    }

    /**
     * Everything the footprint created.
     *
     * @param resourceGroup      resource group and lock
     * @param compute            compute per component name, in input order
     * @param keyVault           Key Vault and customer-managed key
     * @param encryptionIdentity identity that uses the customer-managed key, when there is one
     * @param gatewayIdentity    identity the gateway reads its certificate with, when there is a gateway
     * @param storage            storage account and blob protection
     * @param backup             backup vault, policy, instance and role
     * @param postgres           PostgreSQL server, when requested
     * @param network            virtual network and gateway subnet, when a component is customer-facing
     * @param gateway            Application Gateway, when a component is customer-facing
     */
    public record Result(ResourceGroupFactory.Result resourceGroup, Map<String, ComputeFactory.Result> compute,
            KeyVaultFactory.Result keyVault, Optional<UserAssignedIdentity> encryptionIdentity,
            Optional<UserAssignedIdentity> gatewayIdentity, StorageFactory.Result storage, BackupFactory.Result backup,
            Optional<PostgresFactory.Result> postgres, Optional<NetworkFactory.Result> network,
            Optional<GatewayFactory.Result> gateway) {
    }

    /**
     * Creates the product's Azure resources as children of {@code parent}, named {@code <prefix>-...}.
     *
     * @param parent     owner, usually the {@code ReadyService} component
     * @param prefix     Pulumi name prefix, usually the product
     * @param product    the product
     * @param components its components, at least one, names unique
     * @param data       its data policy
     * @return what was created
     * @throws IllegalArgumentException when components are missing or repeated, or a customer-facing
     *                                  component has no certificate to serve
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, List<AzureComponent> components,
            AzureData data) {
        checkComponents(components);
        boolean customerFacing = components.stream().anyMatch(AzureComponent::customerFacing);
        if (customerFacing) {
            // Checked before anything is registered, so a bad spec creates nothing.
            GatewayFactory.checkCertificate(data.tlsCertificateSecretId());
        }
        String criticality = customerFacing ? AzureTags.CUSTOMER_FACING : AzureTags.INTERNAL;
        Map<String, String> tags = AzureTags.forProduct(product, criticality);

        ResourceGroupFactory.Result group = ResourceGroupFactory.create(parent, prefix, product, criticality);
        // The network comes before compute: customer-facing apps admit only the gateway's subnet.
        Optional<NetworkFactory.Result> network = customerFacing
                ? Optional.of(NetworkFactory.create(parent, prefix, product, group.nameOutput(), tags))
                : Optional.empty();
        Map<String, ComputeFactory.Result> compute = new LinkedHashMap<>();
        for (AzureComponent component : components) {
            compute.put(component.component(), ComputeFactory.create(parent, prefix + "-" + component.component(), product,
                    group.nameOutput(), component, network.map(NetworkFactory.Result::gatewaySubnetId)));
        }

        Optional<UserAssignedIdentity> encryptionIdentity = data.customerManagedKey()
                ? Optional.of(IdentityFactory.create(parent, prefix, "encryption", product, group.nameOutput(), tags))
                : Optional.empty();
        Optional<UserAssignedIdentity> gatewayIdentity = customerFacing
                ? Optional.of(IdentityFactory.create(parent, prefix, "gateway", product, group.nameOutput(), tags))
                : Optional.empty();
        List<VaultGrant> grants = new ArrayList<>();
        encryptionIdentity.ifPresent(id -> grants.add(VaultGrant.keyWrapping(id.principalId())));
        gatewayIdentity.ifPresent(id -> grants.add(VaultGrant.secretReading(id.principalId())));
        KeyVaultFactory.Result vault = KeyVaultFactory.create(parent, prefix, product, group.nameOutput(), tags, grants,
                data.customerManagedKey());

        Optional<StorageFactory.CustomerManagedKey> storageKey = vault.key().map(key -> new StorageFactory.CustomerManagedKey(
                key, KeyVaultFactory.KEY_NAME, vault.vaultUri(), encryptionIdentity.orElseThrow()));
        StorageFactory.Result storage = StorageFactory.create(parent, prefix, product, group.nameOutput(), tags, data, storageKey);
        BackupFactory.Result backup = BackupFactory.create(parent, prefix, product, group.nameOutput(), tags, data, storage);

        Optional<PostgresFactory.Result> postgres = Optional.empty();
        if (data.postgres()) {
            Optional<PostgresFactory.ServerKey> serverKey = vault.key().map(key -> new PostgresFactory.ServerKey(
                    key.keyUriWithVersion(), encryptionIdentity.orElseThrow().id()));
            postgres = Optional.of(PostgresFactory.create(parent, prefix, product, group.nameOutput(), tags, data, serverKey));
        }

        Optional<GatewayFactory.Result> gateway = Optional.empty();
        if (customerFacing) {
            List<GatewayBackend> backends = components.stream().filter(AzureComponent::customerFacing)
                    .map(c -> new GatewayBackend(c.component(), c.healthCheckPath(), compute.get(c.component()).defaultHostName()))
                    .toList();
            gateway = Optional.of(GatewayFactory.create(parent, prefix, product, group.name(), group.nameOutput(), tags,
                    backends, data.tlsCertificateSecretId(), gatewayIdentity.orElseThrow(), vault.vault(), network.orElseThrow()));
        }
        return new Result(group, Collections.unmodifiableMap(compute), vault, encryptionIdentity, gatewayIdentity, storage, backup,
                postgres, network, gateway);
    }

    private static void checkComponents(List<AzureComponent> components) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("components must list at least one component, got none");
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = components.stream().map(AzureComponent::component).filter(name -> !seen.add(name)).toList();
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("component names must be unique, repeated: " + repeated);
        }
    }
}
