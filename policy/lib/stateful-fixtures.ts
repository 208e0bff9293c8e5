import { ResourceSpec } from "./testing";
import { UNKNOWN } from "./values";

/**
 * Compliant stateful resources beyond the reference stack (lib/fixtures.ts), each related to its
 * evidence by property references only: an Azure SQL server with a customer-managed TDE protector
 * (a ServerKey whose uri is read from the stack's key `shop-cmk`) and a database with 30-day
 * point-in-time backups, Geo backup storage and TDE on; a Cosmos DB account with 30-day continuous
 * backups over two regions and TLS 1.2; two Service Bus namespaces in two regions paired by a Geo-DR alias; a
 * Managed HSM; a Premium Redis cache. Specs edit them into hollow twins.
 */
const tags = { product: "shop", environment: "prod", criticality: "customer-facing" };

export function sqlStack(): ResourceSpec[] {
    return [
        {
            type: "azure-native:sql:Server", name: "orders-sql", protect: true,
            props: { resourceGroupName: UNKNOWN, serverName: "shop-prod-sql", minimalTlsVersion: "1.2", tags },
        },
        {
            type: "azure-native:sql:ServerKey", name: "orders-sql-key",
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, keyName: "shop-prod-kv_shop-data_v1", serverKeyType: "AzureKeyVault", uri: UNKNOWN },
            propertyDependencies: { serverName: ["orders-sql"], uri: ["shop-cmk"] },
        },
        {
            type: "azure-native:sql:EncryptionProtector", name: "orders-sql-protector",
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, encryptionProtectorName: "current", serverKeyType: "AzureKeyVault", serverKeyName: UNKNOWN },
            propertyDependencies: { serverName: ["orders-sql"], serverKeyName: ["orders-sql-key"] },
        },
        {
            type: "azure-native:sql:Database", name: "orders-db", protect: true,
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, databaseName: "orders", requestedBackupStorageRedundancy: "Geo", tags },
            propertyDependencies: { serverName: ["orders-sql"] },
        },
        {
            type: "azure-native:sql:BackupShortTermRetentionPolicy", name: "orders-db-pitr",
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, databaseName: UNKNOWN, policyName: "default", retentionDays: 30 },
            propertyDependencies: { serverName: ["orders-sql"], databaseName: ["orders-db"] },
        },
        {
            type: "azure-native:sql:TransparentDataEncryption", name: "orders-db-tde",
            props: { resourceGroupName: UNKNOWN, serverName: UNKNOWN, databaseName: UNKNOWN, tdeName: "current", state: "Enabled" },
            propertyDependencies: { serverName: ["orders-sql"], databaseName: ["orders-db"] },
        },
    ];
}

export function cosmosAccount(): ResourceSpec {
    return {
        type: "azure-native:documentdb:DatabaseAccount", name: "orders-cosmos", protect: true,
        props: {
            resourceGroupName: UNKNOWN, accountName: "shop-prod-orders", databaseAccountOfferType: "Standard", minimalTlsVersion: "Tls12",
            locations: [{ locationName: "West Europe", failoverPriority: 0 }, { locationName: "North Europe", failoverPriority: 1 }],
            backupPolicy: { type: "Continuous", continuousModeProperties: { tier: "Continuous30Days" } },
            tags,
        },
    };
}

export function serviceBusPair(): ResourceSpec[] {
    const namespace = (name: string, azureName: string, location: string): ResourceSpec => ({
        type: "azure-native:servicebus:Namespace", name, protect: true,
        props: { resourceGroupName: UNKNOWN, namespaceName: azureName, location, minimumTlsVersion: "1.2", sku: { name: "Premium", tier: "Premium", capacity: 1 }, tags },
    });
    return [
        namespace("shop-bus", "shop-prod-bus", "West Europe"),
        namespace("shop-bus-dr", "shop-prod-bus-dr", "North Europe"),
        {
            type: "azure-native:servicebus:DisasterRecoveryConfig", name: "shop-bus-alias",
            props: { resourceGroupName: UNKNOWN, namespaceName: UNKNOWN, alias: "shop-prod-bus-alias", partnerNamespace: UNKNOWN },
            propertyDependencies: { namespaceName: ["shop-bus"], partnerNamespace: ["shop-bus-dr"] },
        },
    ];
}

export function managedHsm(): ResourceSpec {
    return {
        type: "azure-native:keyvault:ManagedHsm", name: "shop-hsm", protect: true,
        props: {
            resourceGroupName: UNKNOWN, name: "shop-prod-hsm", sku: { family: "B", name: "Standard_B1" },
            properties: { tenantId: "00000000-0000-0000-0000-000000000000", enableSoftDelete: true, enablePurgeProtection: true, softDeleteRetentionInDays: 90 },
            tags,
        },
    };
}

export function redisCache(): ResourceSpec {
    return {
        type: "azure-native:cache:Redis", name: "shop-cache", protect: true,
        props: { resourceGroupName: UNKNOWN, name: "shop-prod-cache", sku: { name: "Premium", family: "P", capacity: 1 }, enableNonSslPort: false, minimumTlsVersion: "1.2", tags },
    };
}
