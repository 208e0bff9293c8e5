package dev.readyservice.azure;

import com.pulumi.azurenative.authorization.ManagementLockAtResourceGroupLevel;
import com.pulumi.azurenative.authorization.ManagementLockAtResourceGroupLevelArgs;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.Resource;
import java.util.Optional;

/**
 * The product's resource group and, in prod, a {@code CanNotDelete} lock on it.
 *
 * <p>Creating a lock needs {@code Microsoft.Authorization/locks/*}, which only Owner and User
 * Access Administrator grant: the prod deployment identity must hold one of them. A
 * {@code pulumi destroy} removes the lock first, because the lock depends on the group.
 */
public final class ResourceGroupFactory {

    /** Level of the prod lock: resources stay readable and changeable, but not deletable. */
    public static final String LOCK_LEVEL = "CanNotDelete";

    private ResourceGroupFactory() {
    }

    /**
     * What callers need from the resource group.
     *
     * @param resourceGroup the group
     * @param name          its Azure name, known before deployment ({@link AzureNames#resourceGroupName})
     * @param nameOutput    the same name as an output, so that children depend on the group
     * @param lock          the delete lock, present in prod only
     */
    public record Result(ResourceGroup resourceGroup, String name, Output<String> nameOutput,
            Optional<ManagementLockAtResourceGroupLevel> lock) {
    }

    /**
     * Creates {@code <prefix>-rg} and, in prod, {@code <prefix>-rg-lock}.
     *
     * @param parent      owner of the new resources
     * @param prefix      Pulumi name prefix
     * @param product     the product
     * @param criticality tag value for product-wide resources
     * @return the group, its name and the lock
     */
    public static Result create(Resource parent, String prefix, AzureProduct product, String criticality) {
        String name = AzureNames.resourceGroupName(product);
        ResourceGroup group = new ResourceGroup(prefix + "-rg", ResourceGroupArgs.builder()
                .resourceGroupName(name)
                .location(product.location())
                .tags(AzureTags.forProduct(product, criticality))
                .build(), AzureResourceOptions.stateful(parent, product.prod()));
        Optional<ManagementLockAtResourceGroupLevel> lock = Optional.empty();
        if (product.prod()) {
            lock = Optional.of(new ManagementLockAtResourceGroupLevel(prefix + "-rg-lock",
                    ManagementLockAtResourceGroupLevelArgs.builder()
                            .resourceGroupName(group.name())
                            .lockName(name + "-no-delete")
                            .level(LOCK_LEVEL)
                            .notes("Production data of " + product.product() + ": ReadyService forbids deleting this group or its resources.")
                            .build(), AzureResourceOptions.child(parent)));
        }
        return new Result(group, name, group.name(), lock);
    }
}
