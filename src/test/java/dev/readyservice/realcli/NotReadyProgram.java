package dev.readyservice.realcli;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.azurenative.resources.ResourceGroup;
import com.pulumi.azurenative.resources.ResourceGroupArgs;
import com.pulumi.azurenative.storage.StorageAccount;
import com.pulumi.azurenative.storage.StorageAccountArgs;
import com.pulumi.azurenative.storage.inputs.SkuArgs;

/**
 * A hand-written program a QA review fails: its storage account accepts TLS 1.0, leaves plain HTTP
 * and infrastructure encryption to the platform's defaults and has no backup.
 */
public final class NotReadyProgram {
    private NotReadyProgram() {
    }

    public static void main(String[] args) {
        Pulumi.run(NotReadyProgram::stack);
    }

    static void stack(Context ctx) {
        var group = new ResourceGroup("shop-rg", ResourceGroupArgs.builder()
                .resourceGroupName("rg-shop-qa").location("westeurope").tags(CompliantStorage.TAGS).build());
        new StorageAccount("shop-storage", StorageAccountArgs.builder()
                .resourceGroupName(group.name())
                .accountName("stshopqa")
                .kind("StorageV2")
                .sku(SkuArgs.builder().name("Standard_LRS").build())
                .minimumTlsVersion("TLS1_0")
                .tags(CompliantStorage.TAGS)
                .build());
    }
}
