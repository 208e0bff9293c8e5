package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.core.Output;
import com.pulumi.resources.CustomResourceOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pure helpers: TLS floors, defaults, tags, capacity numbers, ids and options. */
class PureRulesTest {

    @Test
    void onlyTheGatewayAndPostgresEnforceTls13() {
        assertThat(TlsFloors.enforcesTls13(TlsFloors.APPLICATION_GATEWAY)).isTrue();
        assertThat(TlsFloors.enforcesTls13(TlsFloors.POSTGRESQL)).isTrue();
        assertThat(TlsFloors.enforcesTls13(TlsFloors.APP_SERVICE)).isFalse();
        assertThat(TlsFloors.enforcesTls13(TlsFloors.STORAGE)).isFalse();
        assertThat(TlsFloors.enforcesTls13(TlsFloors.KEY_VAULT)).isFalse();
    }

    @Test
    void defaultsDependOnTheEnvironment() {
        assertThat(ComputeDefaults.planSku(true)).isEqualTo("P1v3");
        assertThat(ComputeDefaults.planSku(false)).isEqualTo("P0v3");
        assertThat(StorageDefaults.skuName(null, true)).isEqualTo("Standard_GZRS");
        assertThat(StorageDefaults.skuName(null, false)).isEqualTo("Standard_LRS");
        assertThat(StorageDefaults.skuName("GRS", false)).isEqualTo("Standard_GRS");
        assertThat(StorageDefaults.softDeleteDays(30)).isEqualTo(31);
    }

    @Test
    void zoneRedundancyNeedsProdAndThreeInstances() {
        assertThat(ComputeFactory.zoneRedundant(Fixtures.product("prod"), Fixtures.api())).isTrue();
        assertThat(ComputeFactory.zoneRedundant(Fixtures.product("prod"), Fixtures.ui())).isFalse();
        assertThat(ComputeFactory.zoneRedundant(Fixtures.product("qa"), Fixtures.api())).isFalse();
    }

    @Test
    void capacityTagsAreNumbersWithoutTrailingZeros() {
        assertThat(AutoscaleRules.capacityTags(Fixtures.worker())).isEqualTo(Map.of(
                "capacity-planned-peak-rps", "20", "capacity-rps-per-instance", "50", "capacity-headroom", "2"));
        assertThat(AutoscaleRules.number(1.25)).isEqualTo("1.25");
        assertThat(AutoscaleRules.number(1e7)).isEqualTo("10000000");
    }

    @Test
    void maximumCapacityMustCoverThePeakWithHeadroom() {
        // api: 10 instances x 120 rps = 1200 = 800 rps x 1.5, exactly enough.
        assertThat(AutoscaleRules.coversPlan(Fixtures.api())).isTrue();
        AzureComponent tooSmall = new AzureComponent("api", "api", true, "/health", 3, 9, 4, 800, 120, 1.5, null);
        assertThat(AutoscaleRules.coversPlan(tooSmall)).isFalse();
    }

    @Test
    void componentTagsAddTheComponentToTheProductTags() {
        AzureProduct product = Fixtures.product("qa");
        assertThat(AzureTags.forProduct(product, AzureTags.INTERNAL))
                .isEqualTo(Map.of("product", "checkout", "environment", "qa", "criticality", "internal"));
        assertThat(AzureTags.forComponent(product, Fixtures.api()))
                .isEqualTo(Map.of("product", "checkout", "environment", "qa", "criticality", "customer-facing", "component", "api"));
        assertThat(AzureTags.with(Map.of("a", "1"), Map.of("a", "2", "b", "3"))).isEqualTo(Map.of("a", "2", "b", "3"));
    }

    @Test
    void gatewayIdsNestUnderTheGateway() {
        GatewayIds ids = new GatewayIds("sub", "rg", "agw");
        String gateway = "/subscriptions/sub/resourceGroups/rg/providers/Microsoft.Network/applicationGateways/agw";
        assertThat(ids.gateway()).isEqualTo(gateway);
        assertThat(ids.frontendIpConfiguration("f")).isEqualTo(gateway + "/frontendIPConfigurations/f");
        assertThat(ids.frontendPort("p")).isEqualTo(gateway + "/frontendPorts/p");
        assertThat(ids.sslCertificate("c")).isEqualTo(gateway + "/sslCertificates/c");
        assertThat(ids.httpListener("l")).isEqualTo(gateway + "/httpListeners/l");
        assertThat(ids.backendAddressPool("b")).isEqualTo(gateway + "/backendAddressPools/b");
        assertThat(ids.backendHttpSettings("s")).isEqualTo(gateway + "/backendHttpSettingsCollection/s");
        assertThat(ids.probe("h")).isEqualTo(gateway + "/probes/h");
        assertThat(ids.urlPathMap("m")).isEqualTo(gateway + "/urlPathMaps/m");
        assertThat(ids.redirectConfiguration("r")).isEqualTo(gateway + "/redirectConfigurations/r");
    }

    @Test
    void statefulOptionsProtectOnlyInProd() {
        CustomResourceOptions prod = AzureResourceOptions.stateful(null, true);
        CustomResourceOptions qa = AzureResourceOptions.stateful(null, false);
        CustomResourceOptions child = AzureResourceOptions.child(null);
        assertThat(prod.isProtect()).isTrue();
        assertThat(qa.isProtect()).isFalse();
        assertThat(child.isProtect()).isFalse();
    }

    @Test
    void backupHelpersBuildIsoDurationsAndRoleIds() {
        assertThat(BackupFactory.isoDays(7)).isEqualTo("P7D");
        assertThat(BackupFactory.roleDefinitionId("s", "r")).isEqualTo("/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/r");
    }

    @Test
    void vaultGrantsCopyTheirPermissions() {
        VaultGrant keys = VaultGrant.keyWrapping(Output.of("p"));
        assertThat(keys.keyPermissions()).containsExactly("get", "wrapKey", "unwrapKey");
        assertThat(keys.secretPermissions()).isEmpty();
        VaultGrant secrets = VaultGrant.secretReading(Output.of("p"));
        assertThat(secrets.keyPermissions()).isEmpty();
        assertThat(secrets.secretPermissions()).containsExactly("get");
    }
}
