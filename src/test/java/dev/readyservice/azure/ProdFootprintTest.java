package dev.readyservice.azure;

import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.test.PulumiTest;
import com.pulumi.test.TestResult;
import dev.readyservice.testsupport.RecordingMocks;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole prod footprint, registered once under recording mocks; each test reads one concern. */
class ProdFootprintTest {

    private static final RecordingMocks MOCKS = RecordingMocks.answeringAzureOutputs();
    private static final String GATEWAY_ID = "/subscriptions/" + Fixtures.SUBSCRIPTION
            + "/resourceGroups/rg-checkout-prod/providers/Microsoft.Network/applicationGateways/agw-checkout-prod";
    private static final TestResult RESULT = Fixtures.footprint(MOCKS, "prod");

    @Test
    void registersWithoutErrors() {
        assertThat(RESULT.errors()).isEmpty();
        assertThat(RESULT.exceptions()).isEmpty();
        // The owner, the group and its lock, 3 x (plan, app, autoscale), 2 identities, vault, key, storage,
        // blob protection, 4 backup resources, server, 2 parameters, vnet, subnet, public IP, gateway.
        assertThat(MOCKS.registrations()).hasSize(29);
    }

    @Test
    void prodStatefulResourcesAreProtectedAndLocked() {
        for (String stateful : List.of("checkout-rg", "checkout-storage", "checkout-kv", "checkout-cmk",
                "checkout-backup-vault", "checkout-postgres")) {
            assertThat(MOCKS.optionsOf(stateful).isProtect()).as(stateful).isTrue();
        }
        for (String stateless : List.of("checkout-api-app", "checkout-gateway", "checkout-blob-protection")) {
            assertThat(MOCKS.optionsOf(stateless).isProtect()).as(stateless).isFalse();
        }
        RecordingMocks.Registration lock = MOCKS.named("checkout-rg-lock");
        assertThat(lock.type()).isEqualTo("azure-native:authorization:ManagementLockAtResourceGroupLevel");
        assertThat(lock.at("level")).isEqualTo("CanNotDelete");
        assertThat(lock.at("resourceGroupName")).isEqualTo("rg-checkout-prod");
    }

    @Test
    void everyChildIsParentedToTheCaller() {
        MOCKS.registrations().stream().filter(r -> !r.name().equals("owner")).forEach(r ->
                assertThat(MOCKS.optionsOf(r.name()).getParent()).as(r.name())
                        .hasValueSatisfying(p -> assertThat(p.pulumiResourceName()).isEqualTo("owner")));
    }

    @Test
    void prodStorageUsesCustomerManagedKeyAndInfrastructureEncryption() {
        RecordingMocks.Registration storage = MOCKS.named("checkout-storage");
        assertThat(storage.at("encryption.requireInfrastructureEncryption")).isEqualTo(true);
        assertThat(storage.at("encryption.keySource")).isEqualTo("Microsoft.Keyvault");
        assertThat(storage.at("encryption.keyVaultProperties.keyName")).isEqualTo("data-encryption");
        assertThat(storage.at("encryption.keyVaultProperties.keyVaultUri")).isEqualTo("https://kvcheckoutprod4c5e851e.vault.azure.net/");
        assertThat(storage.at("encryption.encryptionIdentity.encryptionUserAssignedIdentity")).isEqualTo("checkout-encryption-id-id");
        assertThat(storage.at("identity.type")).isEqualTo("UserAssigned");
        assertThat(storage.at("identity.userAssignedIdentities")).isEqualTo(List.of("checkout-encryption-id-id"));
        assertThat(storage.at("encryption.services.blob.keyType")).isEqualTo("Account");
        assertThat(storage.at("sku.name")).isEqualTo("Standard_GZRS");
    }

    @Test
    void storageIsHardened() {
        RecordingMocks.Registration storage = MOCKS.named("checkout-storage");
        assertThat(storage.at("minimumTlsVersion")).isEqualTo(TlsFloors.STORAGE);
        assertThat(storage.at("enableHttpsTrafficOnly")).isEqualTo(true);
        assertThat(storage.at("allowBlobPublicAccess")).isEqualTo(false);
        assertThat(storage.at("allowSharedKeyAccess")).isEqualTo(false);
        assertThat(storage.at("kind")).isEqualTo("StorageV2");
        assertThat(storage.at("accountName")).isEqualTo(AzureNames.storageAccountName(Fixtures.product("prod")));
    }

    @Test
    void blobProtectionRestoresWithinTheSoftDeleteWindow() {
        RecordingMocks.Registration blob = MOCKS.named("checkout-blob-protection");
        assertThat(blob.at("blobServicesName")).isEqualTo("default");
        assertThat(blob.at("restorePolicy.enabled")).isEqualTo(true);
        assertThat(blob.at("restorePolicy.days")).isEqualTo(30.0);
        assertThat(blob.at("deleteRetentionPolicy.days")).isEqualTo(31.0);
        assertThat(blob.at("deleteRetentionPolicy.allowPermanentDelete")).isEqualTo(false);
        assertThat(blob.at("containerDeleteRetentionPolicy.enabled")).isEqualTo(true);
        assertThat(blob.at("isVersioningEnabled")).isEqualTo(true);
        assertThat(blob.at("changeFeed.enabled")).isEqualTo(true);
    }

    @Test
    void keyVaultKeepsDeletedKeysAndGrantsEachIdentityOnlyWhatItNeeds() {
        RecordingMocks.Registration vault = MOCKS.named("checkout-kv");
        assertThat(vault.at("properties.enableSoftDelete")).isEqualTo(true);
        assertThat(vault.at("properties.softDeleteRetentionInDays")).isEqualTo(90.0);
        assertThat(vault.at("properties.enablePurgeProtection")).isEqualTo(true);
        assertThat(vault.at("properties.enableRbacAuthorization")).isEqualTo(false);
        assertThat(vault.at("properties.networkAcls.defaultAction")).isEqualTo("Deny");
        assertThat(vault.at("properties.accessPolicies[0].objectId")).isEqualTo("checkout-encryption-id-principal");
        assertThat(vault.at("properties.accessPolicies[0].permissions.keys")).isEqualTo(List.of("get", "wrapKey", "unwrapKey"));
        assertThat(vault.at("properties.accessPolicies[0].permissions.secrets")).isEqualTo(List.of());
        assertThat(vault.at("properties.accessPolicies[1].objectId")).isEqualTo("checkout-gateway-id-principal");
        assertThat(vault.at("properties.accessPolicies[1].permissions.keys")).isEqualTo(List.of());
        assertThat(vault.at("properties.accessPolicies[1].permissions.secrets")).isEqualTo(List.of("get"));
        RecordingMocks.Registration key = MOCKS.named("checkout-cmk");
        assertThat(key.at("properties.kty")).isEqualTo("RSA");
        assertThat(key.at("properties.keySize")).isEqualTo(3072.0);
        assertThat(key.at("properties.keyOps")).isEqualTo(List.of("wrapKey", "unwrapKey"));
    }

    @Test
    void backupVaultIsGeoRedundantAndBacksUpTheStorageAccount() {
        RecordingMocks.Registration vault = MOCKS.named("checkout-backup-vault");
        assertThat(vault.at("identity.type")).isEqualTo("SystemAssigned");
        assertThat(vault.at("properties.storageSettings[0].type")).isEqualTo("GeoRedundant");
        assertThat(vault.at("properties.storageSettings[0].datastoreType")).isEqualTo("VaultStore");
        assertThat(vault.at("properties.securitySettings.softDeleteSettings.state")).isEqualTo("On");
        assertThat(vault.at("properties.securitySettings.immutabilitySettings.state")).isEqualTo("Unlocked");

        RecordingMocks.Registration policy = MOCKS.named("checkout-backup-policy");
        assertThat(policy.at("properties.datasourceTypes")).isEqualTo(List.of("Microsoft.Storage/storageAccounts/blobServices"));
        assertThat(policy.at("properties.policyRules[0].objectType")).isEqualTo("AzureRetentionRule");
        assertThat(policy.at("properties.policyRules[0].lifecycles[0].deleteAfter.duration")).isEqualTo("P30D");
        assertThat(policy.at("properties.policyRules[0].lifecycles[0].sourceDataStore.dataStoreType")).isEqualTo("OperationalStore");

        RecordingMocks.Registration instance = MOCKS.named("checkout-backup-instance");
        assertThat(instance.at("properties.dataSourceInfo.resourceID")).isEqualTo("checkout-storage-id");
        assertThat(instance.at("properties.policyInfo.policyId")).isEqualTo("checkout-backup-policy-id");
        assertThat(MOCKS.optionsOf("checkout-backup-instance").getDependsOn())
                .satisfies(d -> assertThat(PulumiTest.extractValue(d)).extracting(r -> r.pulumiResourceName())
                        .containsExactly("checkout-backup-role"));
    }

    @Test
    void backupRoleIsStorageAccountBackupContributorOnTheAccount() {
        RecordingMocks.Registration role = MOCKS.named("checkout-backup-role");
        assertThat(role.at("roleDefinitionId")).isEqualTo("/subscriptions/" + Fixtures.SUBSCRIPTION
                + "/providers/Microsoft.Authorization/roleDefinitions/e5e2a7ff-d759-4cd2-bb51-3152d37e2eb1");
        assertThat(role.at("scope")).isEqualTo("checkout-storage-id");
        assertThat(role.at("principalId")).isEqualTo("checkout-backup-vault-principal");
        assertThat(role.at("principalType")).isEqualTo("ServicePrincipal");
    }

    @Test
    void postgresRequiresTls13AndIsHighlyAvailableWithCustomerManagedKey() {
        RecordingMocks.Registration server = MOCKS.named("checkout-postgres");
        assertThat(server.at("backup.backupRetentionDays")).isEqualTo(30.0);
        assertThat(server.at("backup.geoRedundantBackup")).isEqualTo("Enabled");
        assertThat(server.at("highAvailability.mode")).isEqualTo("ZoneRedundant");
        assertThat(server.at("sku.tier")).isEqualTo("GeneralPurpose");
        assertThat(server.at("dataEncryption.type")).isEqualTo("AzureKeyVault");
        assertThat(server.at("dataEncryption.primaryKeyURI")).isEqualTo("https://vault/keys/checkout-cmk/v1");
        assertThat(server.at("dataEncryption.primaryUserAssignedIdentityId")).isEqualTo("checkout-encryption-id-id");
        assertThat(server.at("identity.userAssignedIdentities")).isEqualTo(Map.of("checkout-encryption-id-id", Map.of()));
        assertThat(((CustomResourceOptions) MOCKS.optionsOf("checkout-postgres")).getAdditionalSecretOutputs())
                .containsExactly("administratorLoginPassword");

        assertThat(MOCKS.named("checkout-postgres-require-secure-transport").at("value")).isEqualTo("on");
        RecordingMocks.Registration tls = MOCKS.named("checkout-postgres-ssl-min-protocol-version");
        assertThat(tls.at("configurationName")).isEqualTo("ssl_min_protocol_version");
        assertThat(tls.at("value")).isEqualTo("TLSv1.3");
        assertThat(tls.at("source")).isEqualTo("user-override");
        assertThat(PulumiTest.extractValue(MOCKS.optionsOf("checkout-postgres-ssl-min-protocol-version").getDependsOn()))
                .extracting(r -> r.pulumiResourceName()).containsExactly("checkout-postgres-require-secure-transport");
    }

    @Test
    void autoscaleIsExplicitlyEnabledAndCoversThePlan() {
        RecordingMocks.Registration autoscale = MOCKS.named("checkout-api-autoscale");
        assertThat(autoscale.at("enabled")).isEqualTo(true);
        assertThat(autoscale.at("targetResourceUri")).isEqualTo("checkout-api-plan-id");
        assertThat(autoscale.at("profiles[0].capacity")).isEqualTo(Map.of("minimum", "3", "maximum", "10", "default", "4"));
        assertThat(autoscale.at("profiles[0].rules[0].metricTrigger.metricName")).isEqualTo("CpuPercentage");
        assertThat(autoscale.at("profiles[0].rules[0].metricTrigger.metricResourceUri")).isEqualTo("checkout-api-plan-id");
        assertThat(autoscale.at("profiles[0].rules[0].metricTrigger.operator")).isEqualTo("GreaterThan");
        assertThat(autoscale.at("profiles[0].rules[0].metricTrigger.threshold")).isEqualTo(70.0);
        assertThat(autoscale.at("profiles[0].rules[0].metricTrigger.timeWindow")).isEqualTo("PT10M");
        assertThat(autoscale.at("profiles[0].rules[0].scaleAction")).isEqualTo(
                Map.of("direction", "Increase", "type", "ChangeCount", "value", "1", "cooldown", "PT5M"));
        assertThat(autoscale.at("profiles[0].rules[1].metricTrigger.operator")).isEqualTo("LessThan");
        assertThat(autoscale.at("profiles[0].rules[1].metricTrigger.threshold")).isEqualTo(30.0);
        assertThat(autoscale.at("profiles[0].rules[1].scaleAction")).isEqualTo(
                Map.of("direction", "Decrease", "type", "ChangeCount", "value", "1", "cooldown", "PT10M"));
        assertThat(autoscale.azureTags()).containsEntry("capacity-planned-peak-rps", "800")
                .containsEntry("capacity-rps-per-instance", "120").containsEntry("capacity-headroom", "1.5")
                .containsEntry("component", "api");
    }

    @Test
    void plansAreLinuxAndZoneRedundantOnlyWithThreeInstances() {
        RecordingMocks.Registration api = MOCKS.named("checkout-api-plan");
        assertThat(api.at("reserved")).isEqualTo(true);
        assertThat(api.at("kind")).isEqualTo("linux");
        assertThat(api.at("sku.name")).isEqualTo(ComputeDefaults.PROD_PLAN_SKU);
        assertThat(api.at("zoneRedundant")).isEqualTo(true);
        RecordingMocks.Registration ui = MOCKS.named("checkout-ui-plan");
        assertThat(ui.at("sku.name")).isEqualTo("P2v3");
        assertThat(ui.at("zoneRedundant")).isEqualTo(false);
    }

    @Test
    void webAppsAndPlansHaveTheExactNamesTheirDatadogQueriesFilterOn() {
        assertThat(MOCKS.named("checkout-api-app").at("name")).isEqualTo("checkout-prod-api");
        assertThat(MOCKS.named("checkout-api-plan").at("name")).isEqualTo("plan-checkout-prod-api");
        assertThat(MOCKS.named("checkout-worker-plan").at("name")).isEqualTo("plan-checkout-prod-worker");
    }

    @Test
    void webAppsAreHttpsOnlyAtTheTlsFloorWithHealthChecks() {
        RecordingMocks.Registration app = MOCKS.named("checkout-api-app");
        assertThat(app.at("httpsOnly")).isEqualTo(true);
        assertThat(app.at("siteConfig.minTlsVersion")).isEqualTo("1.2");
        assertThat(app.at("siteConfig.scmMinTlsVersion")).isEqualTo("1.2");
        assertThat(app.at("siteConfig.ftpsState")).isEqualTo("Disabled");
        assertThat(app.at("siteConfig.http20Enabled")).isEqualTo(true);
        assertThat(app.at("siteConfig.alwaysOn")).isEqualTo(true);
        assertThat(app.at("siteConfig.healthCheckPath")).isEqualTo("/health");
        assertThat(app.at("identity.type")).isEqualTo("SystemAssigned");
        assertThat(app.at("serverFarmId")).isEqualTo("checkout-api-plan-id");
        assertThat(app.at("publicNetworkAccess")).isEqualTo("Enabled");
        assertThat(MOCKS.named("checkout-worker-app").at("publicNetworkAccess")).isEqualTo("Disabled");
    }

    @Test
    void customerFacingAppsAcceptOnlyTheGatewaySubnet() {
        RecordingMocks.Registration api = MOCKS.named("checkout-api-app");
        assertThat(api.at("siteConfig.ipSecurityRestrictionsDefaultAction")).isEqualTo("Deny");
        assertThat(api.at("siteConfig.ipSecurityRestrictions[0].action")).isEqualTo("Allow");
        assertThat(api.at("siteConfig.ipSecurityRestrictions[0].vnetSubnetResourceId")).isEqualTo("checkout-gateway-subnet-id");
        assertThat(MOCKS.named("checkout-gateway-subnet").at("serviceEndpoints[0].service")).isEqualTo("Microsoft.Web");
        assertThat(MOCKS.named("checkout-gateway").at("gatewayIPConfigurations[0].subnet.id")).isEqualTo("checkout-gateway-subnet-id");
        RecordingMocks.Registration worker = MOCKS.named("checkout-worker-app");
        assertThat(worker.at("siteConfig.ipSecurityRestrictionsDefaultAction")).isEqualTo("Deny");
        assertThat(worker.at("siteConfig")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .doesNotContainKey("ipSecurityRestrictions");
    }

    @Test
    void gatewayRequiresTls13() {
        RecordingMocks.Registration gateway = MOCKS.named("checkout-gateway");
        assertThat(gateway.at("sslPolicy")).isEqualTo(Map.of("policyType", "CustomV2", "minProtocolVersion", "TLSv1_3"));
        assertThat(gateway.at("sku.tier")).isEqualTo("WAF_v2");
        assertThat(gateway.at("webApplicationFirewallConfiguration.firewallMode")).isEqualTo("Prevention");
        assertThat(gateway.at("autoscaleConfiguration.minCapacity")).isEqualTo(2.0);
        assertThat(gateway.at("zones")).isEqualTo(List.of("1", "2", "3"));
        assertThat(gateway.at("sslCertificates[0].keyVaultSecretId")).isEqualTo(Fixtures.CERTIFICATE);
        assertThat(gateway.at("identity.userAssignedIdentities")).isEqualTo(List.of("checkout-gateway-id-id"));
        assertThat(PulumiTest.extractValue(MOCKS.optionsOf("checkout-gateway").getDependsOn()))
                .extracting(r -> r.pulumiResourceName()).containsExactly("checkout-kv");
    }

    @Test
    void gatewayRoutesEachCustomerFacingComponentOverHttpsWithItsHealthProbe() {
        RecordingMocks.Registration gateway = MOCKS.named("checkout-gateway");
        assertThat(gateway.at("backendAddressPools[0].backendAddresses[0].fqdn")).isEqualTo("checkout-ui-app.azurewebsites.net");
        assertThat(gateway.at("backendAddressPools[1].backendAddresses[0].fqdn")).isEqualTo("checkout-api-app.azurewebsites.net");
        assertThat((List<?>) gateway.at("backendAddressPools")).hasSize(2);
        assertThat(gateway.at("backendHttpSettingsCollection[1].protocol")).isEqualTo("Https");
        assertThat(gateway.at("backendHttpSettingsCollection[1].port")).isEqualTo(443.0);
        assertThat(gateway.at("backendHttpSettingsCollection[1].pickHostNameFromBackendAddress")).isEqualTo(true);
        assertThat(gateway.at("backendHttpSettingsCollection[1].probe.id")).isEqualTo(GATEWAY_ID + "/probes/api-probe");
        assertThat(gateway.at("probes[1].path")).isEqualTo("/health");
        assertThat(gateway.at("urlPathMaps[0].pathRules[1].paths")).isEqualTo(List.of("/api/*"));
        assertThat(gateway.at("urlPathMaps[0].defaultBackendAddressPool.id")).isEqualTo(GATEWAY_ID + "/backendAddressPools/ui-pool");
        assertThat(gateway.at("requestRoutingRules[0].priority")).isEqualTo(100.0);
        assertThat(gateway.at("requestRoutingRules[0].urlPathMap.id")).isEqualTo(GATEWAY_ID + "/urlPathMaps/components");
        assertThat(gateway.at("httpListeners[0].sslCertificate.id")).isEqualTo(GATEWAY_ID + "/sslCertificates/tls-certificate");
        assertThat(gateway.at("httpListeners[0].protocol")).isEqualTo("Https");
    }

    @Test
    void plainHttpIsRedirectedPermanentlyToHttps() {
        RecordingMocks.Registration gateway = MOCKS.named("checkout-gateway");
        assertThat(gateway.at("redirectConfigurations[0].redirectType")).isEqualTo("Permanent");
        assertThat(gateway.at("redirectConfigurations[0].targetListener.id")).isEqualTo(GATEWAY_ID + "/httpListeners/https-listener");
        assertThat(gateway.at("requestRoutingRules[1].httpListener.id")).isEqualTo(GATEWAY_ID + "/httpListeners/http-listener");
        assertThat(gateway.at("requestRoutingRules[1].redirectConfiguration.id")).isEqualTo(GATEWAY_ID + "/redirectConfigurations/http-to-https");
    }

    @Test
    void everyTaggableResourceCarriesProductEnvironmentAndCriticality() {
        List<String> untaggable = List.of("readiness:test:Owner", "azure-native:authorization:ManagementLockAtResourceGroupLevel",
                "azure-native:authorization:RoleAssignment", "azure-native:storage:BlobServiceProperties",
                "azure-native:dataprotection:BackupPolicy", "azure-native:dbforpostgresql:Configuration", "azure-native:network:Subnet");
        MOCKS.registrations().stream().filter(r -> !untaggable.contains(r.type())).forEach(r -> assertThat(r.azureTags()).as(r.name())
                .containsEntry("product", "checkout").containsEntry("environment", "prod").containsKey("criticality"));
        assertThat(MOCKS.named("checkout-worker-plan").azureTags()).containsEntry("criticality", "internal").containsEntry("component", "worker");
        assertThat(MOCKS.named("checkout-storage").azureTags()).containsEntry("criticality", "customer-facing").doesNotContainKey("component");
    }
}
