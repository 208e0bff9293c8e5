package dev.readyservice.azure;

import com.pulumi.azurenative.authorization.ManagementLockByScope;
import com.pulumi.azurenative.authorization.ManagementLockByScopeArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;

/**
 * A {@code CanNotDelete} lock on one resource the team already manages (a storage account, a SQL
 * database), for prod: the group lock of {@link ResourceGroupFactory} is not ours to set on a group
 * the team owns. Like that lock, creating it needs {@code Microsoft.Authorization/locks/*}.
 */
public final class DeleteLocks {

    private DeleteLocks() {
    }

    /**
     * Creates {@code <prefix>-lock} on {@code scopeId}.
     *
     * @param parent   owner of the lock
     * @param prefix   Pulumi name prefix
     * @param product  the product, named in the lock's notes
     * @param scopeId  the locked resource's id; built from its {@code id()} when it is a resource of the program
     * @param lockName the lock's Azure name
     * @return the lock
     */
    public static ManagementLockByScope create(Resource parent, String prefix, AzureProduct product, Output<String> scopeId,
            String lockName) {
        return new ManagementLockByScope(prefix + "-lock", ManagementLockByScopeArgs.builder()
                .scope(scopeId)
                .lockName(lockName)
                .level(ResourceGroupFactory.LOCK_LEVEL)
                .notes("Production data of " + product.product() + ": ReadyService forbids deleting this resource.")
                .build(), AzureResourceOptions.child(parent));
    }
}
