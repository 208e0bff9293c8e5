package dev.readyservice.azure;

import com.pulumi.azurenative.managedidentity.UserAssignedIdentity;
import com.pulumi.azurenative.managedidentity.UserAssignedIdentityArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.Map;

/**
 * User-assigned managed identities. They exist before the resources that use them, so Key Vault
 * access can be granted before a storage account or server is created with a customer-managed
 * key (Azure checks the key at creation).
 */
public final class IdentityFactory {

    private IdentityFactory() {
    }

    /**
     * Creates {@code <prefix>-<purpose>-id}.
     *
     * @param parent            owner
     * @param prefix            Pulumi name prefix
     * @param purpose           short purpose, e.g. {@code encryption} or {@code gateway}
     * @param product           the product
     * @param resourceGroupName group
     * @param tags              tags of the identity
     * @return the identity; use {@code id()} to attach it and {@code principalId()} to grant it access
     */
    public static UserAssignedIdentity create(Resource parent, String prefix, String purpose, AzureProduct product,
            Output<String> resourceGroupName, Map<String, String> tags) {
        return new UserAssignedIdentity(prefix + "-" + purpose + "-id", UserAssignedIdentityArgs.builder()
                .resourceGroupName(resourceGroupName)
                .location(product.location())
                .tags(tags)
                .build(), AzureResourceOptions.child(parent));
    }
}
