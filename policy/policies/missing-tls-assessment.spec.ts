import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { messages } from "../lib/testing";
import { sqlServerAndDatabase } from "../lib/unassessed-fixtures";
import { UNKNOWN } from "../lib/values";
import { missingTlsAssessment as policy } from "./missing-tls-assessment";

const judgedLater = (what: string) => `[unassessed] ${what} needs a TLS floor with no plaintext switch (HTTPS only), and no policy of the pack judges that for this type yet; `
    + "it fails until one does (policy/lib/catalogue.ts), or a waiver with a reason covers it where the item is waivable";

describe("missing-tls-assessment", () => {
    it("passes the compliant stack: its web app, gateway, storage, vault and PostgreSQL are judged by enforce-tls-floor", async () => {
        assert.deepEqual(await messages(policy, compliantStack()), []);
    });

    it("fails a static web app and a vCore MongoDB cluster (their TLS is not judged yet), naming them", async () => {
        const tags = { product: "shop", component: "api" };
        const staticSite = {
            type: "azure-native:web:StaticSite", name: "shop-docs",
            props: { resourceGroupName: UNKNOWN, name: "shop-prod-docs", tags },
        };
        const bus = {
            type: "azure-native:documentdb:MongoCluster", name: "shop-mongo", protect: true,
            props: { resourceGroupName: UNKNOWN, mongoClusterName: "shop-prod-mongo", tags },
        };
        assert.deepEqual(await messages(policy, [...compliantStack(), staticSite, bus]), [
            judgedLater("azure-native:web:StaticSite 'shop-docs'"),
            judgedLater("azure-native:documentdb:MongoCluster 'shop-mongo'"),
        ]);
    });

    it("leaves an Azure SQL server and a container app to enforce-tls-floor, which judges their TLS", async () => {
        const containerApp = {
            type: "azure-native:app:ContainerApp", name: "shop-api-ca",
            props: { resourceGroupName: UNKNOWN, containerAppName: "shop-prod-api", configuration: { ingress: { external: true, allowInsecure: false } }, tags: { component: "api" } },
        };
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlServerAndDatabase(), containerApp]), []);
    });
});
