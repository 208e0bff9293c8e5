import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ALL_POLICIES } from "../policies/all";
import {
    azureModule, CATALOGUE, componentTypes, computeTypes, entryOf, ingressTypes, isAssessable, partTypes, statefulTypes, typesJudgedBy, UNASSESSED, unassessedNeeds,
} from "./catalogue";

describe("catalogue", () => {
    it("sorts the types the PRR cares about by kind", () => {
        assert.ok(statefulTypes().includes("azure-native:sql:Database"));
        assert.ok(statefulTypes().includes("azure-native:cache:Redis"));
        assert.ok(ingressTypes().includes("azure-native:app:ContainerApp"));
        assert.ok(computeTypes().includes("azure-native:web:AppServicePlan"));
        assert.deepEqual(componentTypes().filter((t) => statefulTypes().includes(t)), []);
    });

    it("names the policy that judges each need, and no other", () => {
        assert.deepEqual(typesJudgedBy("enforce-tls-floor", "tls"), [
            "azure-native:storage:StorageAccount", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server",
            "azure-native:sql:Server", "azure-native:sql:ManagedInstance", "azure-native:documentdb:DatabaseAccount", "azure-native:cache:Redis",
            "azure-native:cache:RedisEnterprise", "azure-native:servicebus:Namespace", "azure-native:eventhub:Namespace", "azure-native:keyvault:Vault", "azure-native:keyvault:ManagedHsm",
            "azure-native:web:WebApp", "azure-native:web:WebAppSlot", "azure-native:app:ContainerApp", "azure-native:network:ApplicationGateway",
            "azure-native:network:FrontDoor", "azure-native:cdn:Profile", "azure-native:cdn:AFDEndpoint", "azure-native:cdn:Endpoint",
            "azure-native:apimanagement:ApiManagementService",
        ]);
        assert.deepEqual(typesJudgedBy("missing-backups", "backup"), [
            "azure-native:storage:StorageAccount", "azure-native:dbforpostgresql:Server", "azure-native:dbformysql:Server", "azure-native:sql:Database",
            "azure-native:documentdb:DatabaseAccount", "azure-native:servicebus:Namespace", "azure-native:eventhub:Namespace",
            "azure-native:keyvault:Vault", "azure-native:keyvault:ManagedHsm",
        ]);
        assert.deepEqual(typesJudgedBy("enable-infrastructure-encryption", "encryption"), [
            "azure-native:storage:StorageAccount", "azure-native:sql:Server", "azure-native:sql:Database", "azure-native:sql:ManagedInstance", "azure-native:cache:Redis",
        ]);
        assert.deepEqual(typesJudgedBy("enable-resource-protection"), statefulTypes());
        assert.deepEqual(typesJudgedBy("missing-backups", "tls"), []);
    });

    it("every judge named is a policy of the pack that lists the type as evidence", () => {
        const names = new Map(ALL_POLICIES.map((p) => [p.name, p]));
        for (const [type, entry] of Object.entries(CATALOGUE)) {
            for (const judge of Object.values(entry.needs)) {
                if (typeof judge === "string" && judge !== UNASSESSED) {
                    const policy = names.get(judge);
                    assert.ok(policy !== undefined, `${type} names unknown policy ${judge}`);
                    assert.ok(policy.evidenceTypes.includes(type), `${judge} does not list ${type} as evidence`);
                }
            }
        }
    });

    it("knows what no policy judges yet", () => {
        assert.deepEqual(unassessedNeeds("azure-native:sql:Database"), []);
        assert.deepEqual(unassessedNeeds("azure-native:cache:RedisEnterprise"), ["backup", "encryption"]);
        assert.deepEqual(unassessedNeeds("azure-native:compute:Disk"), ["backup"]);
        assert.deepEqual(unassessedNeeds("azure-native:storage:StorageAccount"), []);
        assert.equal(isAssessable("azure-native:storage:StorageAccount"), true);
        assert.equal(isAssessable("azure-native:cache:Redis"), false);
    });

    it("treats an uncatalogued type of a stateful or ingress module as unassessed, and others as nothing to assess", () => {
        assert.deepEqual(unassessedNeeds("azure-native:sql:InstancePool"), ["backup", "encryption", "tls", "protect"]);
        assert.deepEqual(unassessedNeeds("azure-native:storage/v20230101:StorageAccount"), ["backup", "encryption", "tls", "protect"]);
        assert.deepEqual(unassessedNeeds("azure-native:cdn:SecurityPolicy"), ["tls"]);
        assert.deepEqual(unassessedNeeds("azure-native:cdn:Route"), []);
        assert.deepEqual(unassessedNeeds("azure-native:web:StaticSite"), ["tls"]);
        assert.deepEqual(unassessedNeeds("azure-native:network:VirtualNetwork"), []);
        assert.deepEqual(unassessedNeeds("aws:s3/bucket:Bucket"), []);
        assert.equal(azureModule("azure-native:storage/v20230101:StorageAccount"), "storage");
        assert.equal(azureModule("datadog:index/monitor:Monitor"), undefined);
    });
});

describe("catalogue parts", () => {
    it("judges a sub-resource type through the type it belongs to, which the catalogue lists", () => {
        for (const type of partTypes()) {
            assert.deepEqual(unassessedNeeds(type), [], type);
            assert.notEqual(entryOf(entryOf(type)!.partOf!), undefined, type);
        }
        assert.ok(partTypes().includes("azure-native:dbforpostgresql:Configuration"));
    });
});
