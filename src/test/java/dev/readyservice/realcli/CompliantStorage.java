package dev.readyservice.realcli;

import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.EncryptionArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;
import com.pulumi.core.Output;
import java.util.Map;

/**
 * The storage account of the conformance programs that every mandatory QA rule passes
 * (docs/evidence.md): it sets its TLS floor and shuts plain HTTP, requires infrastructure encryption
 * and refuses anonymous blob access.
 */
final class CompliantStorage {
    /** Tags of docs/evidence.md, "Components": product-wide. */
    static final Map<String, String> TAGS = Map.of("product", "shop", "environment", "qa", "criticality", "internal");

    private CompliantStorage() {
    }

    /** The account's inputs, in resource group {@code group}. */
    static StorageAccountArgs.Builder args(Output<String> group) {
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
