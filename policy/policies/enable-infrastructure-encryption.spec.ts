import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { redisCache, sqlStack } from "../lib/stateful-fixtures";
import { editing, messages, without as withoutNamed, withoutType } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { enableInfrastructureEncryption as policy } from "./enable-infrastructure-encryption";

function qa(stack: ReturnType<typeof compliantStack>) {
    return JSON.parse(JSON.stringify(stack).replace(/"environment":"prod"/g, "\"environment\":\"qa\"").replace(/env:prod/g, "env:qa"));
}

describe("enable-infrastructure-encryption", () => {
    it("passes infrastructure encryption with a customer-managed key in prod", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails without infrastructure encryption", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { (r.props.encryption as Record<string, unknown>).requireInfrastructureEncryption = false; });
        assert.deepEqual(await messages(policy, stack), [
            "storage account 'shopdata' encryption.requireInfrastructureEncryption is 'false'; it must be true (double AES-256 encryption at rest)",
        ]);
    });

    it("fails platform-managed keys in prod but accepts them in QA", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { (r.props.encryption as Record<string, unknown>).keySource = "Microsoft.Storage"; });
        assert.deepEqual(await messages(policy, stack), [
            "storage account 'shopdata' encryption.keySource is 'Microsoft.Storage'; prod requires a customer-managed key (Microsoft.Keyvault)",
        ]);
        assert.deepEqual(await messages(policy, qa(stack), {}, "qa"), []);
    });

    it("fails keySource Microsoft.Keyvault alone: no key named, or a key the stack does not create", async () => {
        const bare = editing(compliantStack(), "shopdata", (r) => {
            r.props.encryption = { requireInfrastructureEncryption: true, keySource: "Microsoft.Keyvault" };
            r.propertyDependencies = {};
        });
        assert.deepEqual(await messages(policy, bare), [
            "storage account 'shopdata' encryption.keySource is Microsoft.Keyvault but encryption.keyVaultProperties is not set, so no key is named; prod requires a customer-managed key the stack shows exists",
        ]);
        // A literal key name and vault URI, the key resource only a dependsOn away: nothing shows the key exists.
        const literal = editing(compliantStack(), "shopdata", (r) => {
            r.props.encryption = { requireInfrastructureEncryption: true, keySource: "Microsoft.Keyvault", keyVaultProperties: { keyName: "shop-data", keyVaultUri: "https://elsewhere.vault.azure.net/" } };
            r.propertyDependencies = {};
            r.dependencies = ["shop-cmk"];
        });
        assert.deepEqual(await messages(policy, literal), [
            "storage account 'shopdata' encryption.keyVaultProperties refers to no azure-native:keyvault:Key of the stack (keyName must be read from the key resource); prod requires a customer-managed key the stack shows exists",
        ]);
    });

    it("fails a customer-managed key in a vault without purge protection, or in no vault of the stack", async () => {
        const noPurge = editing(compliantStack(), "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).enablePurgeProtection = false; });
        assert.deepEqual(await messages(policy, noPurge), [
            "key vault 'shop-kv' holds the customer-managed key 'shop-cmk' of storage account 'shopdata' without purge protection (properties.enablePurgeProtection is 'false'); a purged key makes the data unreadable for good",
        ]);
        const orphan = editing(compliantStack(), "shop-cmk", (r) => { r.propertyDependencies = {}; r.props.vaultName = "some-other-vault"; });
        assert.deepEqual(await messages(policy, orphan), [
            "key 'shop-cmk' (customer-managed key of storage account 'shopdata') is in no azure-native:keyvault:Vault of the stack (vaultName), so its purge protection cannot be shown",
        ]);
        const literalVault = editing(compliantStack(), "shop-cmk", (r) => { r.propertyDependencies = {}; r.props.vaultName = "shop-prod-kv"; });
        assert.deepEqual(await messages(policy, literalVault), []);
    });

    it("is undecided on unknown encryption settings", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.encryption = { requireInfrastructureEncryption: UNKNOWN, keySource: UNKNOWN }; });
        assert.deepEqual(await messages(policy, stack), [
            "[undecided] storage account 'shopdata' encryption.requireInfrastructureEncryption is unknown in preview",
            "[undecided] storage account 'shopdata' encryption.keySource is unknown in preview",
        ]);
    });

    it("fails a stack without storage", async () => {
        assert.deepEqual(await messages(policy, withoutType(compliantStack(), "azure-native:storage:StorageAccount")), [
            "no stateful resource in the stack to prove encryption at rest (expected one of azure-native:storage:StorageAccount, azure-native:sql:Server, azure-native:sql:Database, azure-native:sql:ManagedInstance, azure-native:cache:Redis)",
        ]);
    });
});

describe("enable-infrastructure-encryption: Azure SQL and Redis", () => {
    const withSql = (name: string, edit: (r: ReturnType<typeof sqlStack>[number]) => void) => editing([...compliantStack(), ...sqlStack()], name, edit);

    it("passes a SQL server whose TDE protector is a ServerKey read from the stack's key, and a database with TDE on", async () => {
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlStack()]), []);
    });

    it("fails a SQL database without TDE evidence, or with TDE off", async () => {
        assert.deepEqual(await messages(policy, withoutNamed([...compliantStack(), ...sqlStack()], "orders-db-tde")), [
            "SQL database 'orders-db' has no azure-native:sql:TransparentDataEncryption whose databaseName refers to it; the platform's documented default (Enabled for new databases) is not relied upon, state Enabled is required",
        ]);
        assert.deepEqual(await messages(policy, withSql("orders-db-tde", (r) => { r.props.state = "Disabled"; })), [
            "SQL database 'orders-db' transparent data encryption is 'Disabled' ('orders-db-tde'); it must be Enabled",
        ]);
    });

    it("in prod fails a SQL server whose protector is service-managed, or whose key URI is a literal, and accepts keyId read from the key", async () => {
        assert.deepEqual(await messages(policy, withSql("orders-sql-protector", (r) => { r.props.serverKeyType = "ServiceManaged"; })), [
            "SQL server 'orders-sql' has encryption protector 'orders-sql-protector' with serverKeyType 'ServiceManaged'; prod requires a customer-managed TDE protector (AzureKeyVault)",
        ]);
        // The server key names a key of another vault by a literal URI and only dependsOn the stack's key: nothing shows its key exists.
        const literal = withSql("orders-sql-key", (r) => {
            r.props.uri = "https://elsewhere.vault.azure.net/keys/shop-data/v1";
            r.propertyDependencies = { serverName: ["orders-sql"] };
            r.dependencies = ["shop-cmk"];
        });
        const noKey = "SQL server 'orders-sql' shows no customer-managed TDE protector: prod requires the server's keyId, or the uri of the azure-native:sql:ServerKey its azure-native:sql:EncryptionProtector names (serverKeyType AzureKeyVault), to refer to a azure-native:keyvault:Key of the stack (read from the key resource)";
        assert.deepEqual(await messages(policy, literal), [noKey]);
        assert.deepEqual(await messages(policy, qa(literal), {}, "qa"), []);
        const byKeyId = editing(withoutNamed([...compliantStack(), ...sqlStack()], "orders-sql-protector", "orders-sql-key"), "orders-sql", (r) => {
            r.props.keyId = UNKNOWN;
            r.propertyDependencies = { keyId: ["shop-cmk"] };
        });
        assert.deepEqual(await messages(policy, byKeyId), []);
        // A literal key URI naming the stack's key in the stack's vault by their Azure names relates them, as a literal name does.
        const literalOwn = withSql("orders-sql-key", (r) => {
            r.props.uri = "https://shop-prod-kv.vault.azure.net/keys/shop-data/0123456789abcdef";
            r.propertyDependencies = { serverName: ["orders-sql"] };
        });
        assert.deepEqual(await messages(policy, literalOwn), []);
        // An unknown URI that refers to nothing (a Java program's keyUriWithVersion()) cannot be told.
        const blind = withSql("orders-sql-key", (r) => { r.propertyDependencies = { serverName: ["orders-sql"] }; });
        assert.deepEqual(await messages(policy, blind), [
            "[undecided] SQL server 'orders-sql': its TDE key URI (keyId, or a ServerKey's uri) is unknown in preview and refers to no resource, so the key cannot be shown to be a azure-native:keyvault:Key of the stack (in a Java preview keyUriWithVersion() carries no reference: write the key's URI from the vault's and key's Azure names)",
        ]);
    });

    it("requires purge protection of the vault holding a SQL server's key", async () => {
        const stack = editing([...compliantStack(), ...sqlStack()], "shop-kv", (r) => { (r.props.properties as Record<string, unknown>).enablePurgeProtection = false; });
        assert.deepEqual((await messages(policy, stack)).filter((m) => m.includes("SQL server")), [
            "key vault 'shop-kv' holds the customer-managed key 'shop-cmk' of SQL server 'orders-sql' without purge protection (properties.enablePurgeProtection is 'false'); a purged key makes the data unreadable for good",
        ]);
    });

    it("fails a Redis cache of a size with no disk encryption, and reports prod's key as a platform limit otherwise", async () => {
        const limit = "[platform-limit] Redis cache 'shop-cache' encrypts what reaches disk with Microsoft-managed keys; customer-managed keys exist only in the Enterprise tiers, so prod's customer-managed key cannot be required of this type";
        assert.deepEqual(await messages(policy, [...compliantStack(), redisCache()]), [limit]);
        const small = redisCache();
        small.props.sku = { name: "Standard", family: "C", capacity: 1 };
        assert.deepEqual(await messages(policy, [...compliantStack(), small]), [
            "Redis cache 'shop-cache' is sku family 'C' capacity '1': the Basic and Standard C0 and C1 sizes support no disk encryption; C2 or larger, or Premium, is required",
        ]);
    });
});
