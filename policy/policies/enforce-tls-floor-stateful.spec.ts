import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { cosmosAccount, managedHsm, serviceBusPair } from "../lib/stateful-fixtures";
import { messages, ResourceSpec } from "../lib/testing";
import { redisEnterprise } from "../lib/unassessed-fixtures";
import { UNKNOWN } from "../lib/values";
import { enforceTlsFloor as policy } from "./enforce-tls-floor";

/** enforce-tls-floor over the stateful types lib/stateful-tls.ts judges (kept apart from the ingress specs). */
describe("enforce-tls-floor: stateful types", () => {
    const tlsOf = async (extra: ResourceSpec[]) => (await messages(policy, [...compliantStack(), ...extra]))
        .filter((m) => !m.includes("shopdata") && !m.includes("shop-kv") && !m.includes("shop-api"));

    it("reports TLS 1.2 on Cosmos DB and Service Bus as the highest floor their APIs allow", async () => {
        assert.deepEqual(await tlsOf([cosmosAccount(), serviceBusPair()[0]]), [
            "[platform-limit] Cosmos DB account 'orders-cosmos' enforces TLS Tls12, the highest minimum its API offers at the version azure-native 2.10.0 calls; TLS 1.3 cannot be required",
            "[platform-limit] Service Bus namespace 'shop-bus' enforces TLS 1.2, the highest minimum its API offers at the version azure-native 2.10.0 calls; TLS 1.3 cannot be required",
        ]);
        const bus13 = serviceBusPair()[0];
        bus13.props.minimumTlsVersion = "1.3";
        assert.deepEqual(await tlsOf([bus13]), []);
    });

    it("fails a floor below 1.2, an unset floor, and is undecided on an unknown one", async () => {
        const cosmos = cosmosAccount();
        cosmos.props.minimalTlsVersion = "Tls";
        const bus = serviceBusPair()[0];
        delete bus.props.minimumTlsVersion;
        const hub: ResourceSpec = { type: "azure-native:eventhub:Namespace", name: "shop-events", props: { namespaceName: "shop-prod-events", minimumTlsVersion: UNKNOWN } };
        const instance: ResourceSpec = { type: "azure-native:sql:ManagedInstance", name: "shop-mi", props: { managedInstanceName: "shop-prod-mi", minimalTlsVersion: "1.0" } };
        assert.deepEqual(await tlsOf([cosmos, bus, hub, instance]), [
            "Cosmos DB account 'orders-cosmos' minimalTlsVersion is 'Tls'; at least Tls12 is required",
            "azure-native:servicebus:Namespace 'shop-bus' does not set minimumTlsVersion; the platform's documented default (1.2 since TLS 1.0 and 1.1 were retired) would apply, and the pack never relies on a default",
            "[undecided] Event Hubs namespace 'shop-events' minimumTlsVersion is unknown in preview",
            "SQL managed instance 'shop-mi' minimalTlsVersion is '1.0'; at least 1.2 is required",
        ]);
    });

    it("fails a Redis Enterprise database that accepts plaintext, and reports the cluster's 1.2 floor otherwise", async () => {
        const database = (clientProtocol: unknown): ResourceSpec => ({
            type: "azure-native:cache:Database", name: "shop-redis-db",
            props: { resourceGroupName: UNKNOWN, clusterName: "shop-prod-redis", databaseName: "default", ...(clientProtocol === undefined ? {} : { clientProtocol }) },
        });
        assert.deepEqual(await tlsOf([redisEnterprise(), database("Encrypted")]), [
            "[platform-limit] Redis Enterprise cluster 'shop-redis' enforces TLS 1.2, the highest minimum its API offers at the version azure-native 2.10.0 calls; TLS 1.3 cannot be required",
        ]);
        assert.deepEqual(await tlsOf([redisEnterprise(), database("Plaintext")]), [
            "Redis Enterprise database 'shop-redis-db' (of 'shop-redis') clientProtocol is 'Plaintext', which accepts plaintext connections; it must be Encrypted",
        ]);
        assert.deepEqual(await tlsOf([redisEnterprise(), database(undefined)]), [
            "Redis Enterprise database 'shop-redis-db' (of 'shop-redis') does not set clientProtocol; the platform's documented default (Encrypted) would apply, and the pack never relies on a default",
        ]);
        // A database of another cluster (another literal name) says nothing about this one.
        const other = database("Plaintext");
        other.props.clusterName = "elsewhere";
        assert.deepEqual((await tlsOf([redisEnterprise(), other])).length, 1);
    });

    it("reports a Managed HSM's TLS as the service's own floor", async () => {
        assert.deepEqual(await tlsOf([managedHsm()]), [
            "[platform-limit] managed HSM 'shop-hsm' has no setting to require a TLS version in its API; the service's own TLS 1.2 floor applies and TLS 1.3 cannot be required",
        ]);
    });
});
