import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStackOutputs } from "./fixtures";
import { MODEL_EXAMPLES, previewOutputs } from "./preview-shape";
import { UNKNOWN } from "./values";

describe("preview-shape (a real preview's outputs for the specs)", () => {
    it("gives exactly what the review's Java model gives, example by example", () => {
        assert.ok(MODEL_EXAMPLES.length >= 5);
        for (const example of MODEL_EXAMPLES) {
            assert.deepEqual(previewOutputs(example.type, true, example.inputs), example.outputs, example.type);
        }
    });

    it("maps azure-native inputs onto the response shape: path parameters dropped, unset outputs unknown", () => {
        const outputs = previewOutputs("azure-native:dbforpostgresql:Configuration", true, {
            resourceGroupName: UNKNOWN, serverName: "shop-db", configurationName: "ssl_min_protocol_version", value: "TLSv1.3", source: "user-override",
        });
        assert.equal("configurationName" in outputs, false);
        assert.equal("serverName" in outputs, false);
        assert.equal("resourceGroupName" in outputs, false);
        assert.equal(outputs.value, "TLSv1.3");
        assert.equal(outputs.name, UNKNOWN);
        assert.equal(outputs.isReadOnly, UNKNOWN);
    });

    it("recurses into response types, and a wrong-typed input is unknown", () => {
        const outputs = previewOutputs("azure-native:storage:StorageAccount", true, {
            accountName: "a", allowBlobPublicAccess: "false", encryption: { requireInfrastructureEncryption: true, extra: 1 },
        });
        assert.equal(outputs.allowBlobPublicAccess, UNKNOWN);
        const encryption = outputs.encryption as Record<string, unknown>;
        assert.equal(encryption.requireInfrastructureEncryption, true);
        assert.equal(encryption.keySource, UNKNOWN);
        assert.equal("extra" in encryption, false);
        assert.equal(outputs.primaryEndpoints, UNKNOWN);
    });

    it("keeps bridged inputs and adds their computed properties unknown", () => {
        const outputs = previewOutputs("pagerduty:index/service:Service", true, { name: "shop-api", escalationPolicy: UNKNOWN });
        assert.deepEqual(outputs, {
            name: "shop-api", escalationPolicy: UNKNOWN, createdAt: UNKNOWN, htmlUrl: UNKNOWN, id: UNKNOWN,
            lastIncidentTimestamp: UNKNOWN, status: UNKNOWN, type: UNKNOWN,
        });
    });

    it("gives a component only what it registered", () => {
        assert.deepEqual(previewOutputs("readiness:index:ReadyService", false, { product: { name: "shop" } }), {});
        assert.deepEqual(previewOutputs("readiness:index:ReadyService", false, { product: {} }, { resourceGroupName: UNKNOWN }), { resourceGroupName: UNKNOWN });
    });

    it("refuses a type the shapes file does not list rather than guess", () => {
        assert.throws(() => previewOutputs("azure-native:cache:RedisEnterprise", true, {}), /not in lib\/response-shapes.json/);
        assert.deepEqual(previewOutputs("random:index/randomId:RandomId", true, { byteLength: 8 }), { byteLength: 8 });
    });

    it("shapes the compliant fixture as a real preview would", () => {
        const byName = new Map(compliantStackOutputs().map((r) => [r.name, r.props]));
        const storage = byName.get("shopdata")!;
        assert.equal("accountName" in storage, false);
        assert.equal(storage.minimumTlsVersion, "TLS1_2");
        assert.equal(storage.name, UNKNOWN);
        assert.equal("vaultName" in byName.get("shop-backup-policy")!, false);
        assert.equal(byName.get("shop-api-latency")?.id, UNKNOWN);
        assert.equal(byName.get("shop-api-pd")?.htmlUrl, UNKNOWN);
    });
});
