package dev.readyservice.azure;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.Resource;
import java.util.Arrays;

/**
 * The one place resource options are built, so that {@code protect} on stateful resources in prod
 * cannot be forgotten by one factory and remembered by another.
 */
public final class AzureResourceOptions {

    private AzureResourceOptions() {
    }

    /**
     * Options of a stateless child: parented, never protected.
     *
     * @param parent    the component (or other resource) that owns it
     * @param dependsOn resources that must exist first although no input refers to them
     * @return the options
     */
    public static CustomResourceOptions child(Resource parent, Resource... dependsOn) {
        return CustomResourceOptions.builder().parent(parent).dependsOn(Arrays.asList(dependsOn)).build();
    }

    /**
     * Options of a stateful resource (storage account, Key Vault, key, backup vault, PostgreSQL
     * server): parented, and in prod protected so that neither a replacement nor
     * {@code pulumi destroy} can delete its data until someone unprotects it on purpose.
     *
     * @param parent    the owner
     * @param prod      true in the production environment
     * @param dependsOn resources that must exist first although no input refers to them
     * @return the options
     */
    public static CustomResourceOptions stateful(Resource parent, boolean prod, Resource... dependsOn) {
        return CustomResourceOptions.builder().parent(parent).protect(prod).dependsOn(Arrays.asList(dependsOn)).build();
    }
}
