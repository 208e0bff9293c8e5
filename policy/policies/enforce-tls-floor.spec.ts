import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { compliantStack } from "../lib/fixtures";
import { editing, messages, ResourceSpec, run } from "../lib/testing";
import { UNKNOWN } from "../lib/values";
import { enforceTlsFloor as policy } from "./enforce-tls-floor";

const LIMITS = [
    "[platform-limit] storage account 'shopdata' enforces TLS 1.2, the highest minimum the storage API allows (MinimumTlsVersion stops at TLS1_2); TLS 1.3 cannot be required",
    "[platform-limit] web app 'shop-api-app' enforces TLS 1.2, the highest minimum the App Service API allows (SupportedTlsVersions stops at 1.2); TLS 1.3 cannot be required",
    "[platform-limit] key vault 'shop-kv' accepts TLS 1.2 and 1.3 and the Key Vault API has no setting to require 1.3; the service's own 1.2 floor applies",
];

async function violations(stack: ResourceSpec[]): Promise<string[]> {
    return (await messages(policy, stack)).filter((m) => !m.startsWith("[platform-limit]"));
}

describe("enforce-tls-floor", () => {
    it("passes TLS 1.3 on the gateway and reports every 1.2 floor as an advisory platform limit", async () => {
        const reports = await run(policy, compliantStack());
        assert.deepEqual(reports.map((r) => r.message), LIMITS);
        assert.deepEqual(reports.map((r) => r.enforcementLevel), ["advisory", "advisory", "advisory"]);
    });

    it("fails storage below TLS 1.2", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.minimumTlsVersion = "TLS1_1"; });
        assert.deepEqual(await violations(stack), ["storage account 'shopdata' minimumTlsVersion is 'TLS1_1'; at least TLS1_2 is required"]);
    });

    it("fails storage without minimumTlsVersion, naming the platform default", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { delete r.props.minimumTlsVersion; });
        assert.deepEqual(await violations(stack), [
            "azure-native:storage:StorageAccount 'shopdata' does not set minimumTlsVersion; the platform's documented default (TLS1_0) would apply, and the pack never relies on a default",
        ]);
    });

    it("is undecided when the storage TLS version is unknown", async () => {
        const stack = editing(compliantStack(), "shopdata", (r) => { r.props.minimumTlsVersion = UNKNOWN; });
        assert.deepEqual(await violations(stack), ["[undecided] storage account 'shopdata' minimumTlsVersion is unknown in preview"]);
    });

    it("fails a web app at TLS 1.0 and one without a minimum", async () => {
        const old = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { minTlsVersion: "1.0" }; });
        assert.deepEqual(await violations(old), ["web app 'shop-api-app' siteConfig.minTlsVersion is '1.0'; at least 1.2 is required"]);
        const unset = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = {}; });
        assert.deepEqual(await violations(unset), [
            "azure-native:web:WebApp 'shop-api-app' does not set siteConfig.minTlsVersion; the platform's documented default (1.2) would apply, and the pack never relies on a default",
        ]);
    });

    it("passes a web app at TLS 1.3 without a platform-limit note", async () => {
        const stack = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { minTlsVersion: "1.3" }; });
        assert.deepEqual(await messages(policy, stack), [LIMITS[0], LIMITS[2]]);
    });

    it("fails a gateway that allows TLS 1.2 although it can require 1.3", async () => {
        const stack = editing(compliantStack(), "shop-api-gateway", (r) => { r.props.sslPolicy = { policyType: "CustomV2", minProtocolVersion: "TLSv1_2" }; });
        assert.deepEqual(await violations(stack), [
            "application gateway 'shop-api-gateway' sslPolicy is CustomV2 with minProtocolVersion 'TLSv1_2'; the gateway can require TLS 1.3, so policyType CustomV2 with minProtocolVersion TLSv1_3 is required",
        ]);
    });

    it("fails a gateway without sslPolicy", async () => {
        const stack = editing(compliantStack(), "shop-api-gateway", (r) => { delete r.props.sslPolicy; });
        assert.deepEqual(await violations(stack), [
            "azure-native:network:ApplicationGateway 'shop-api-gateway' does not set sslPolicy; the platform's documented default (AppGwSslPolicy20150501, TLS 1.0) would apply, and the pack never relies on a default",
        ]);
    });

    it("requires TLSv1.3 on PostgreSQL flexible servers", async () => {
        const server = { type: "azure-native:dbforpostgresql:Server", name: "shop-db", props: { serverName: "shop-db" } };
        const config = (value: string) => ({
            type: "azure-native:dbforpostgresql:Configuration", name: "shop-db-tls",
            props: { configurationName: "ssl_min_protocol_version", value, source: "user-override", serverName: UNKNOWN },
            propertyDependencies: { serverName: ["shop-db"] },
        });
        assert.deepEqual(await violations([...compliantStack(), server, config("TLSv1.3")]), []);
        assert.deepEqual(await violations([...compliantStack(), server, config("TLSv1.2")]), [
            "PostgreSQL server 'shop-db' ssl_min_protocol_version is 'TLSv1.2'; PostgreSQL can require TLSv1.3, so TLSv1.3 is required",
        ]);
        assert.deepEqual(await violations([...compliantStack(), server]), [
            "PostgreSQL server 'shop-db' has no ssl_min_protocol_version configuration (azure-native:dbforpostgresql:Configuration); the platform's documented default (TLSv1.2) would apply, and PostgreSQL can require TLSv1.3",
        ]);
    });

    it("finds the TLS setting of a server the program names literally, and is undecided when setting names are unknown", async () => {
        const server = { type: "azure-native:dbforpostgresql:Server", name: "shop-db", props: { serverName: "shop-prod-db" } };
        const config = (configurationName: string) => ({
            type: "azure-native:dbforpostgresql:Configuration", name: "shop-db-tls",
            props: { configurationName, value: "TLSv1.2", serverName: "shop-prod-db" },
        });
        assert.deepEqual(await violations([...compliantStack(), server, config("ssl_min_protocol_version")]), [
            "PostgreSQL server 'shop-db' ssl_min_protocol_version is 'TLSv1.2'; PostgreSQL can require TLSv1.3, so TLSv1.3 is required",
        ]);
        assert.deepEqual(await violations([...compliantStack(), server, config(UNKNOWN)]), [
            "[undecided] PostgreSQL server 'shop-db' has configurations whose setting name is unknown in preview ('shop-db-tls'), so its ssl_min_protocol_version cannot be found",
        ]);
    });

    it("fails a stack without any endpoint", async () => {
        assert.deepEqual(await messages(policy, []), [
            "no endpoint in the stack to check for TLS (expected one of azure-native:storage:StorageAccount, azure-native:dbforpostgresql:Server, azure-native:keyvault:Vault, azure-native:web:WebApp, azure-native:network:ApplicationGateway)",
        ]);
    });
});
