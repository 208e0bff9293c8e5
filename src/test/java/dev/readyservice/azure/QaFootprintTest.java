package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The QA footprint: same shape and security floors as prod, without locks, protection or CMK. */
class QaFootprintTest {

    private static final RecordingMocks MOCKS = RecordingMocks.answeringAzureOutputs();
    private static final TestResult RESULT = Fixtures.footprint(MOCKS, "qa");

    @Test
    void qaHasNoLockAndNoCustomerManagedKey() {
        assertThat(RESULT.errors()).isEmpty();
        assertThat(MOCKS.ofType("azure-native:authorization:ManagementLockAtResourceGroupLevel")).isEmpty();
        assertThat(MOCKS.ofType("azure-native:keyvault:Key")).isEmpty();
        assertThat(MOCKS.registrations()).extracting(RecordingMocks.Registration::name).doesNotContain("checkout-encryption-id");
        RecordingMocks.Registration storage = MOCKS.named("checkout-storage");
        assertThat(storage.at("encryption.keySource")).isEqualTo("Microsoft.Storage");
        assertThat(storage.inputs()).doesNotContainKey("identity");
        assertThat(storage.at("encryption.requireInfrastructureEncryption")).isEqualTo(true);
        assertThat(storage.at("sku.name")).isEqualTo("Standard_LRS");
        assertThat(MOCKS.named("checkout-postgres").at("dataEncryption.type")).isEqualTo("SystemManaged");
    }

    @Test
    void qaResourcesAreNotProtected() {
        for (String stateful : List.of("checkout-rg", "checkout-storage", "checkout-kv", "checkout-backup-vault", "checkout-postgres")) {
            assertThat(MOCKS.optionsOf(stateful).isProtect()).as(stateful).isFalse();
        }
    }

    @Test
    void qaKeepsTheTlsFloorsAndAutoscaleOfProd() {
        assertThat(MOCKS.named("checkout-gateway").at("sslPolicy.minProtocolVersion")).isEqualTo("TLSv1_3");
        assertThat(MOCKS.named("checkout-postgres-ssl-min-protocol-version").at("value")).isEqualTo("TLSv1.3");
        assertThat(MOCKS.named("checkout-api-app").at("siteConfig.minTlsVersion")).isEqualTo("1.2");
        assertThat(MOCKS.named("checkout-api-autoscale").at("enabled")).isEqualTo(true);
        assertThat(MOCKS.named("checkout-api-plan").at("sku.name")).isEqualTo(ComputeDefaults.QA_PLAN_SKU);
    }

    @Test
    void qaIsLocallyRedundantSingleZoneAndSmaller() {
        assertThat(MOCKS.named("checkout-backup-vault").at("properties.storageSettings[0].type")).isEqualTo("LocallyRedundant");
        assertThat(MOCKS.named("checkout-backup-vault").at("properties.securitySettings.immutabilitySettings.state")).isEqualTo("Disabled");
        RecordingMocks.Registration server = MOCKS.named("checkout-postgres");
        assertThat(server.at("highAvailability.mode")).isEqualTo("Disabled");
        assertThat(server.at("backup.geoRedundantBackup")).isEqualTo("Disabled");
        assertThat(server.at("sku.tier")).isEqualTo("Burstable");
        RecordingMocks.Registration gateway = MOCKS.named("checkout-gateway");
        assertThat(gateway.at("autoscaleConfiguration.minCapacity")).isEqualTo(1.0);
        assertThat(gateway.inputs()).doesNotContainKey("zones");
        assertThat(MOCKS.named("checkout-gateway-ip").inputs()).doesNotContainKey("zones");
        assertThat(MOCKS.named("checkout-api-plan").at("zoneRedundant")).isEqualTo(false);
        assertThat(MOCKS.named("checkout-kv").at("properties.accessPolicies[0].objectId")).isEqualTo("checkout-gateway-id-principal");
    }
}
