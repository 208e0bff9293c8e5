import * as assert from "node:assert/strict";
import { describe, it } from "node:test";
import { typesJudgedBy } from "../lib/catalogue";
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
        const old = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { ...(r.props.siteConfig as object), minTlsVersion: "1.0" }; });
        assert.deepEqual(await violations(old), ["web app 'shop-api-app' siteConfig.minTlsVersion is '1.0'; at least 1.2 is required"]);
        const unset = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { scmMinTlsVersion: "1.2", ftpsState: "Disabled" }; });
        assert.deepEqual(await violations(unset), [
            "azure-native:web:WebApp 'shop-api-app' does not set siteConfig.minTlsVersion; the platform's documented default (1.2) would apply, and the pack never relies on a default",
        ]);
    });

    it("passes a web app at TLS 1.3 without a platform-limit note", async () => {
        const stack = editing(compliantStack(), "shop-api-app", (r) => { r.props.siteConfig = { minTlsVersion: "1.3", scmMinTlsVersion: "1.3", ftpsState: "FtpsOnly" }; });
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

    const pgServer = (serverName = "shop-prod-db") => ({ type: "azure-native:dbforpostgresql:Server", name: "shop-db", props: { serverName } });
    /** A PostgreSQL server parameter related to 'shop-db' through the property dependency of serverName. */
    const pgSetting = (name: string, configurationName: string, value: string) => ({
        type: "azure-native:dbforpostgresql:Configuration", name,
        props: { configurationName, value, source: "user-override", serverName: UNKNOWN },
        propertyDependencies: { serverName: ["shop-db"] },
    });
    const securePg = () => [pgServer(), pgSetting("shop-db-tls", "ssl_min_protocol_version", "TLSv1.3"), pgSetting("shop-db-secure", "require_secure_transport", "ON")];

    it("requires TLSv1.3 and secure transport on PostgreSQL flexible servers", async () => {
        assert.deepEqual(await violations([...compliantStack(), ...securePg()]), []);
        assert.deepEqual(await violations([...compliantStack(), pgServer(), pgSetting("shop-db-tls", "ssl_min_protocol_version", "TLSv1.2"), pgSetting("shop-db-secure", "require_secure_transport", "ON")]), [
            "PostgreSQL server 'shop-db' ssl_min_protocol_version is 'TLSv1.2'; TLSv1.3 is required",
        ]);
        assert.deepEqual(await violations([...compliantStack(), pgServer()]), [
            "PostgreSQL server 'shop-db' has no ssl_min_protocol_version configuration (azure-native:dbforpostgresql:Configuration); the platform's documented default (TLSv1.2) would apply, and the pack never relies on a default; TLSv1.3 is required",
            "PostgreSQL server 'shop-db' has no require_secure_transport configuration (azure-native:dbforpostgresql:Configuration); the platform's documented default (ON) would apply, and the pack never relies on a default",
        ]);
    });

    it("fails PostgreSQL with a TLSv1.3 floor but require_secure_transport OFF (plaintext allowed)", async () => {
        const stack = editing([...compliantStack(), ...securePg()], "shop-db-secure", (r) => { r.props.value = "OFF"; });
        assert.deepEqual(await violations(stack), [
            "PostgreSQL server 'shop-db' require_secure_transport is 'OFF', which accepts plaintext connections; it must be ON",
        ]);
    });

    it("judges the weakest of two TLS settings on one server, whichever comes first", async () => {
        const weakLast = [...compliantStack(), ...securePg(), pgSetting("shop-db-tls-old", "ssl_min_protocol_version", "TLSv1.2")];
        const expected = ["PostgreSQL server 'shop-db' ssl_min_protocol_version is 'TLSv1.2' (the weakest of 2 settings: 'shop-db-tls', 'shop-db-tls-old'; 'shop-db-tls-old' sets it); TLSv1.3 is required"];
        assert.deepEqual(await violations(weakLast), expected);
        const secureTwice = [...compliantStack(), ...securePg(), pgSetting("shop-db-secure-2", "require_secure_transport", "OFF")];
        assert.deepEqual(await violations(secureTwice), [
            "PostgreSQL server 'shop-db' require_secure_transport is 'OFF' (the weakest of 2 settings: 'shop-db-secure', 'shop-db-secure-2'; 'shop-db-secure-2' sets it), which accepts plaintext connections; it must be ON",
        ]);
    });

    it("relates a setting to its server by the serverName literal both carry, never by the Pulumi name", async () => {
        const literal = (configurationName: string, value: string, serverName: string) => ({
            type: "azure-native:dbforpostgresql:Configuration", name: `shop-db-${configurationName}`,
            props: { configurationName, value, serverName },
        });
        const own = [pgServer(), literal("ssl_min_protocol_version", "TLSv1.2", "shop-prod-db"), literal("require_secure_transport", "ON", "shop-prod-db")];
        assert.deepEqual(await violations([...compliantStack(), ...own]), [
            "PostgreSQL server 'shop-db' ssl_min_protocol_version is 'TLSv1.2'; TLSv1.3 is required",
        ]);
        // Settings of another server (its Azure name is 'shop-db', this server's Pulumi name) do not count.
        const other = [pgServer(), literal("ssl_min_protocol_version", "TLSv1.3", "shop-db"), literal("require_secure_transport", "ON", "shop-db")];
        assert.deepEqual(await violations([...compliantStack(), ...other]), [
            "PostgreSQL server 'shop-db' has no ssl_min_protocol_version configuration (azure-native:dbforpostgresql:Configuration); the platform's documented default (TLSv1.2) would apply, and the pack never relies on a default; TLSv1.3 is required",
            "PostgreSQL server 'shop-db' has no require_secure_transport configuration (azure-native:dbforpostgresql:Configuration); the platform's documented default (ON) would apply, and the pack never relies on a default",
        ]);
    });

    it("is undecided when a setting name of the server is unknown", async () => {
        const stack = [...compliantStack(), ...securePg(), pgSetting("shop-db-x", UNKNOWN, "TLSv1.0")];
        assert.deepEqual(await violations(stack), [
            "[undecided] PostgreSQL server 'shop-db' has configurations whose setting name is unknown in preview ('shop-db-x'), so its ssl_min_protocol_version and require_secure_transport cannot be found",
        ]);
    });

    it("fails storage that accepts plain HTTP, and names the default when unset", async () => {
        const open = editing(compliantStack(), "shopdata", (r) => { r.props.enableHttpsTrafficOnly = false; });
        assert.deepEqual(await messages(policy, open), [
            "storage account 'shopdata' enableHttpsTrafficOnly is 'false', which accepts plaintext connections; it must be true",
            LIMITS[1], LIMITS[2],
        ]);
        const unset = editing(compliantStack(), "shopdata", (r) => { delete r.props.enableHttpsTrafficOnly; });
        assert.deepEqual(await violations(unset), [
            "azure-native:storage:StorageAccount 'shopdata' does not set enableHttpsTrafficOnly; the platform's documented default (true since API 2019-04-01) would apply, and the pack never relies on a default",
        ]);
    });

    it("fails a web app that serves plain HTTP, and one without httpsOnly (platform default false)", async () => {
        const open = editing(compliantStack(), "shop-api-app", (r) => { r.props.httpsOnly = false; });
        assert.deepEqual(await violations(open), ["web app 'shop-api-app' httpsOnly is 'false', which accepts plaintext connections; it must be true"]);
        const unset = editing(compliantStack(), "shop-api-app", (r) => { delete r.props.httpsOnly; });
        assert.deepEqual(await violations(unset), [
            "azure-native:web:WebApp 'shop-api-app' does not set httpsOnly; the platform's documented default (false: plain HTTP is served) would apply, and the pack never relies on a default",
        ]);
    });

    it("judges Redis: the non-TLS port and the TLS floor", async () => {
        const cache = (props: Record<string, unknown>) => ({ type: "azure-native:cache:Redis", name: "shop-cache", props: { resourceGroupName: UNKNOWN, name: "shop-prod-cache", sku: { name: "Standard", family: "C", capacity: 1 }, ...props } });
        assert.deepEqual(await messages(policy, [...compliantStack(), cache({ enableNonSslPort: false, minimumTlsVersion: "1.2" })]), [
            ...LIMITS,
            "[platform-limit] Redis cache 'shop-cache' enforces TLS 1.2, the highest minimum the Redis API allows (TlsVersion stops at 1.2); TLS 1.3 cannot be required",
        ]);
        assert.deepEqual(await violations([...compliantStack(), cache({ enableNonSslPort: true, minimumTlsVersion: "1.0" })]), [
            "Redis cache 'shop-cache' enableNonSslPort is 'true', which accepts plaintext connections; it must be false",
            "Redis cache 'shop-cache' minimumTlsVersion is '1.0'; at least 1.2 is required",
        ]);
    });

    it("judges MySQL flexible servers like PostgreSQL: tls_version (weakest listed) and require_secure_transport", async () => {
        const server = { type: "azure-native:dbformysql:Server", name: "shop-mysql", props: { serverName: "shop-prod-mysql", version: "8.0.21" } };
        const setting = (name: string, configurationName: string, value: string) => ({
            type: "azure-native:dbformysql:Configuration", name, props: { configurationName, value, serverName: UNKNOWN },
            propertyDependencies: { serverName: ["shop-mysql"] },
        });
        const secure = [server, setting("mysql-tls", "tls_version", "TLSv1.3"), setting("mysql-secure", "require_secure_transport", "ON")];
        assert.deepEqual(await violations([...compliantStack(), ...secure]), []);
        const hollow = [server, setting("mysql-tls", "tls_version", "TLSv1.2,TLSv1.3"), setting("mysql-secure", "require_secure_transport", "OFF")];
        assert.deepEqual(await violations([...compliantStack(), ...hollow]), [
            "MySQL server 'shop-mysql' tls_version is 'TLSv1.2,TLSv1.3'; TLSv1.3 is required",
            "MySQL server 'shop-mysql' require_secure_transport is 'OFF', which accepts plaintext connections; it must be ON",
        ]);
    });

    it("judges Azure SQL servers' minimalTlsVersion", async () => {
        const sql = (props: Record<string, unknown>) => ({ type: "azure-native:sql:Server", name: "shop-sql", props: { resourceGroupName: UNKNOWN, serverName: "shop-prod-sql", ...props } });
        assert.deepEqual(await violations([...compliantStack(), sql({ minimalTlsVersion: "1.3" })]), []);
        assert.deepEqual(await violations([...compliantStack(), sql({ minimalTlsVersion: "1.0" })]), ["SQL server 'shop-sql' minimalTlsVersion is '1.0'; at least 1.2 is required"]);
        assert.deepEqual(await violations([...compliantStack(), sql({})]), [
            "azure-native:sql:Server 'shop-sql' does not set minimalTlsVersion; the platform's documented default (None: every TLS version is accepted) would apply, and the pack never relies on a default",
        ]);
    });

    it("fails a container app whose ingress allows insecure (HTTP) connections", async () => {
        const app = (ingress: Record<string, unknown>) => ({ type: "azure-native:app:ContainerApp", name: "shop-worker", props: { resourceGroupName: UNKNOWN, configuration: { ingress } } });
        assert.deepEqual(await violations([...compliantStack(), app({ external: true, targetPort: 8080, allowInsecure: false })]), []);
        assert.deepEqual(await violations([...compliantStack(), app({ external: true, targetPort: 8080, allowInsecure: true })]), [
            "container app 'shop-worker' configuration.ingress.allowInsecure is 'true', which accepts plaintext connections; it must be false",
        ]);
    });

    it("fails a stack without any endpoint", async () => {
        assert.deepEqual(await messages(policy, []), [
            // The catalogue's list (lib/catalogue.spec.ts asserts it), so a type it adds needs no edit here.
            `no endpoint in the stack to check for TLS (expected one of ${typesJudgedBy("enforce-tls-floor", "tls").join(", ")})`,
        ]);
    });
});
