package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pulumi.test.PulumiTest;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Products with no customer-facing component, no database, or an invalid component list. */
class InternalProductTest {

    private final RecordingMocks mocks = RecordingMocks.answeringAzureOutputs();

    @AfterEach
    void cleanup() {
        PulumiTest.cleanup();
    }

    @Test
    void internalOnlyProductHasNoGatewayAndIsTaggedInternal() {
        AzureData data = new AzureData(30, "ZRS", false, false, null, null);
        var result = mocks.run((ctx, parent) -> {
            AzureFootprint.Result footprint = AzureFootprint.create(parent, "batch", Fixtures.product("qa"), List.of(Fixtures.worker()), data);
            assertThat(footprint.gateway()).isEmpty();
            assertThat(footprint.postgres()).isEmpty();
            assertThat(footprint.network()).isEmpty();
            assertThat(footprint.compute()).containsOnlyKeys("worker");
        });
        assertThat(result.errors()).isEmpty();
        assertThat(mocks.ofType("azure-native:network:ApplicationGateway")).isEmpty();
        assertThat(mocks.ofType("azure-native:network:VirtualNetwork")).isEmpty();
        assertThat(mocks.ofType("azure-native:dbforpostgresql:Server")).isEmpty();
        assertThat(mocks.ofType("azure-native:managedidentity:UserAssignedIdentity")).isEmpty();
        assertThat(mocks.named("batch-kv").at("properties.accessPolicies")).isEqualTo(List.of());
        assertThat(mocks.named("batch-rg").azureTags()).containsEntry("criticality", "internal");
        assertThat(mocks.named("batch-storage").at("sku.name")).isEqualTo("Standard_ZRS");
    }

    @Test
    void aGivenStorageAccountNameIsUsedAsItIs() {
        AzureData data = new AzureData(30, "ZRS", false, false, null, null, "batchqadata01");
        var result = mocks.run((ctx, parent) -> AzureFootprint.create(parent, "batch", Fixtures.product("qa"), List.of(Fixtures.worker()), data));

        assertThat(result.errors()).isEmpty();
        assertThat(mocks.ofType("azure-native:storage:StorageAccount")).singleElement()
                .satisfies(storage -> assertThat(storage.at("accountName")).isEqualTo("batchqadata01"));
        assertThatThrownBy(() -> new AzureData(30, "ZRS", false, false, null, null, "Batch-QA"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storageAccountName 'Batch-QA' must be 3 to 24 lower-case letters and digits");
    }

    @Test
    void internalApiStaysReachableWithoutAGateway() {
        AzureComponent internalApi = new AzureComponent("admin", "api", false, "/health", 1, 2, 1, 5, 50, 1.5, null);
        assertThat(ComputeFactory.siteConfig(internalApi, java.util.Optional.empty()).ipSecurityRestrictionsDefaultAction())
                .hasValueSatisfying(v -> assertThat(com.pulumi.test.PulumiTest.extractValue(v).left()).isEqualTo("Allow"));
        assertThat(ComputeFactory.siteConfig(Fixtures.worker(), java.util.Optional.empty()).ipSecurityRestrictionsDefaultAction())
                .hasValueSatisfying(v -> assertThat(com.pulumi.test.PulumiTest.extractValue(v).left()).isEqualTo("Deny"));
    }

    @Test
    void rejectsAnEmptyOrRepeatedComponentList() {
        AzureData data = Fixtures.data(false);
        assertThatThrownBy(() -> AzureFootprint.create(null, "p", Fixtures.product("qa"), List.of(), data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one component");
        assertThatThrownBy(() -> AzureFootprint.create(null, "p", Fixtures.product("qa"), List.of(Fixtures.api(), Fixtures.api()), data))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("component names must be unique, repeated: [api]");
    }

    @Test
    void customerFacingComponentsNeedACertificate() {
        for (String bad : new String[] {null, " ", "https://kv.vault.azure.net/keys/tls"}) {
            AzureData noCertificate = new AzureData(30, null, false, false, null, bad);
            assertThatThrownBy(() -> AzureFootprint.create(null, "shop", Fixtures.product("qa"), List.of(Fixtures.api()), noCertificate))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("tlsCertificateSecretId must name a Key Vault secret")
                    .hasMessageEndingWith("got '" + bad + "'");
        }
        GatewayFactory.checkCertificate(Fixtures.CERTIFICATE);
        GatewayFactory.checkCertificate(Fixtures.CERTIFICATE + "/0123abcd");
    }

    @Test
    void gatewayNeedsAtLeastOneBackend() {
        assertThatThrownBy(() -> GatewayFactory.create(null, "p", Fixtures.product("qa"), "rg", null, java.util.Map.of(),
                List.of(), Fixtures.CERTIFICATE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one customer-facing component");
    }
}
