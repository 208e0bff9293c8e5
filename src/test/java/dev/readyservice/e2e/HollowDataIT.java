package dev.readyservice.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readyservice.e2e.fixtures.HollowDataShop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A hand-written prod program whose data is protected by labels only ({@link HollowDataShop}) is
 * judged on substance: plain HTTP, a customer-managed key named by {@code keySource} alone and a
 * backup that protects another account for a day each fail their item, naming the resource and what
 * is missing. The compliant twins are the reference product's prod review (ReferenceProductIT).
 */
class HollowDataIT {
    @RegisterExtension
    static final ReviewedShop SHOP = new ReviewedShop(HollowDataShop.class, "prod");

    @Test
    void plainHttpFailsTheTlsItemAlthoughTheTlsFloorIsSet() {
        assertThat(SHOP.failed("security.tls-in-transit")).contains(
                "storage account 'shop-data' enableHttpsTrafficOnly is 'false', which accepts plaintext connections; it must be true");
    }

    @Test
    void aBackupThatOnlyDependsOnTheAccountDoesNotCoverIt() {
        assertThat(SHOP.failed("security.backups")).contains(
                "azure-native:storage:StorageAccount 'shop-data' is not covered by a backup (a azure-native:dataprotection:BackupInstance"
                        + " or azure-native:recoveryservices:ProtectedItem whose data source refers to it; dependsOn proves nothing)",
                "the backup of 'shop-scratch' keeps 1 days (policy 'shop-day'); at least 30 days are required",
                "backup vault 'shop-vault' (backing up 'shop-scratch') stores backups LocallyRedundant; prod requires GeoRedundant"
                        + " so a region loss cannot lose them");
    }

    @Test
    void keySourceAloneIsNoCustomerManagedKey() {
        assertThat(SHOP.failed("security.encryption-at-rest")).contains(
                "storage account 'shop-data' encryption.keySource is Microsoft.Keyvault but encryption.keyVaultProperties is not set,"
                        + " so no key is named; prod requires a customer-managed key the stack shows exists");
    }
}
