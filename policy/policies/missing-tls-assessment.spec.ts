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

    it("fails a SQL server (its minimalTlsVersion is not judged yet) and a container app, naming them", async () => {
        const containerApp = {
            type: "azure-native:app:ContainerApp", name: "shop-api-ca",
            props: { resourceGroupName: UNKNOWN, containerAppName: "shop-prod-api", configuration: { ingress: { external: true, allowInsecure: false } }, tags: { component: "api" } },
        };
        assert.deepEqual(await messages(policy, [...compliantStack(), ...sqlServerAndDatabase(), containerApp]), [
            judgedLater("azure-native:sql:Server 'orders-sql'"),
            judgedLater("azure-native:app:ContainerApp 'shop-api-ca'"),
        ]);
    });
});
