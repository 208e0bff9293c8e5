package dev.readyservice.realcli;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;

/**
 * A hand-written program without {@code ReadyService} that a QA review passes (docs/evidence.md):
 * a resource group and a storage account that sets its TLS floor and shuts plain HTTP, requires
 * infrastructure encryption and refuses anonymous blob access, the mandatory QA rules. Everything
 * else the checklist asks is missing, which QA's policy config only advises on.
 */
public final class CompliantProgram {
    private CompliantProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(CompliantProgram::stack);
    }

    static void stack(Context ctx) {
        var group = new ResourceGroup("shop-rg", ResourceGroupArgs.builder()
                .resourceGroupName("rg-shop-qa").location("westeurope").tags(TAGS).build());
        new StorageAccount("shop-storage", compliantStorage(group.name()).build(), CustomResourceOptions.builder().parent(group).build());
    }

    /** Tags of docs/evidence.md, "Components": the storage account is product-wide. */
    static final Map<String, String> TAGS = Map.of("product", "shop", "environment", "qa", "criticality", "internal");

    /** A storage account every mandatory QA rule passes, in resource group {@code group}. */
    static StorageAccountArgs.Builder compliantStorage(com.pulumi.core.Output<String> group) {
        return StorageAccountArgs.builder()
                .resourceGroupName(group)
                .accountName("stshopqa")
                .kind("StorageV2")
                .sku(SkuArgs.builder().name("Standard_LRS").build())
                .minimumTlsVersion("TLS1_2")
                .enableHttpsTrafficOnly(true)
                .allowBlobPublicAccess(false)
                .encryption(EncryptionArgs.builder().requireInfrastructureEncryption(true).keySource("Microsoft.Storage").build())
                .tags(TAGS);
    }
}
