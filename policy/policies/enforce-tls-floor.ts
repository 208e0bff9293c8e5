import { typesJudgedBy } from "../lib/catalogue";
import { Finding, platformLimit, undecided, violation } from "../lib/findings";
import { readinessPolicy } from "../lib/readiness-policy";
import { referrersOfType } from "../lib/references";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { absent, plaintextSwitch, TLS_ITEM as ITEM } from "../lib/tls";
import { ingressTlsFindings, INGRESS_ENDPOINT_TYPES, INGRESS_PART_TYPES, webAppTls } from "../lib/tls-ingress";
import { STATEFUL_TLS_EVIDENCE, STATEFUL_TLS_JUDGES } from "../lib/stateful-tls";
import { asString, at, isUnknown } from "../lib/values";

/**
 * The resource types this rule reads by name: the endpoint types it has a check for, and the
 * server-parameter types of the database servers. Which endpoints it judges is the catalogue's
 * (lib/catalogue.ts, `ENDPOINT_TYPES`); every one must have a check here.
 */
export const TLS_TYPES = {
    storageAccount: TYPES.storageAccount,
    webApp: TYPES.webApp,
    applicationGateway: TYPES.applicationGateway,
    keyVault: TYPES.keyVault,
    postgresServer: TYPES.postgresFlexible,
    postgresConfiguration: TYPES.postgresConfiguration,
    mysqlServer: "azure-native:dbformysql:Server",
    mysqlConfiguration: "azure-native:dbformysql:Configuration",
    sqlServer: "azure-native:sql:Server",
    redis: "azure-native:cache:Redis",
    containerApp: "azure-native:app:ContainerApp",
} as const;

/** The endpoints: the types whose TLS need the catalogue gives this rule (server parameters are judged with their server). */
const ENDPOINT_TYPES: readonly string[] = typesJudgedBy("enforce-tls-floor", "tls");

/** Server-parameter types: read with their server, not endpoints themselves. */
const PARAMETER_TYPES: readonly string[] = [TLS_TYPES.postgresConfiguration, TLS_TYPES.mysqlConfiguration];

/** The endpoint types `check` has a check for; a catalogued endpoint without one would pass silently. */
const CHECKED_TYPES: readonly string[] = [
    ...Object.values(TLS_TYPES).filter((t) => !PARAMETER_TYPES.includes(t)),
    ...INGRESS_ENDPOINT_TYPES,
    ...Object.keys(STATEFUL_TLS_JUDGES),
];
for (const type of ENDPOINT_TYPES) {
    if (!CHECKED_TYPES.includes(type)) {
        throw new Error(`lib/catalogue.ts gives enforce-tls-floor the TLS need of ${type}, which it has no check for`);
    }
}

function storage(r: StackResource): Finding[] {
    // azure-native calls the ARM property supportsHttpsTrafficOnly `enableHttpsTrafficOnly`.
    const https = plaintextSwitch(r, "storage account", ["enableHttpsTrafficOnly"], true, "true since API 2019-04-01");
    const v = r.props.minimumTlsVersion;
    if (isUnknown(v)) {
        return [...https, undecided(ITEM, `storage account '${r.name}' minimumTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [...https, absent(r, "minimumTlsVersion", "TLS1_0")];
    }
    if (v !== "TLS1_2") {
        return [...https, violation(ITEM, `storage account '${r.name}' minimumTlsVersion is '${String(v)}'; at least TLS1_2 is required`, r)];
    }
    return https.length > 0 ? https
        : [platformLimit(ITEM, `storage account '${r.name}' enforces TLS 1.2, the highest minimum the storage API allows (MinimumTlsVersion stops at TLS1_2); TLS 1.3 cannot be required`, r)];
}

function gateway(r: StackResource): Finding[] {
    const policyType = at(r.props, ["sslPolicy", "policyType"]);
    const min = at(r.props, ["sslPolicy", "minProtocolVersion"]);
    if (isUnknown(policyType) || isUnknown(min)) {
        return [undecided(ITEM, `application gateway '${r.name}' sslPolicy is unknown in preview`, r)];
    }
    if (policyType === undefined) {
        return [absent(r, "sslPolicy", "AppGwSslPolicy20150501, TLS 1.0")];
    }
    if (policyType === "CustomV2" && min === "TLSv1_3") {
        return [];
    }
    return [violation(ITEM, `application gateway '${r.name}' sslPolicy is ${String(policyType)} with minProtocolVersion '${String(min)}'; the gateway can require TLS 1.3, so policyType CustomV2 with minProtocolVersion TLSv1_3 is required`, r)];
}

function keyVault(r: StackResource): Finding[] {
    return [platformLimit(ITEM, `key vault '${r.name}' accepts TLS 1.2 and 1.3 and the Key Vault API has no setting to require 1.3; the service's own 1.2 floor applies`, r)];
}

/**
 * A server parameter's name. Its `name` output once the cloud has answered; in a preview that is
 * unknown and the setting is only in the `configurationName` path parameter, which the outputs
 * drop, so it is read from the inputs recorded at `Analyze`.
 */
function settingName(stack: StackView, c: StackResource): string | undefined {
    return asString(c.props.name) ?? asString(stack.pathParameter(c, "configurationName"));
}

/** One database engine's server parameters that carry its TLS floor and its plaintext switch. */
interface DatabaseTls {
    readonly label: string;
    readonly configurationType: string;
    /** The TLS floor parameter, its platform default, and the weakest version a value allows (a rank: higher is stronger). */
    readonly floor: { readonly name: string; readonly platformDefault: string; readonly rank: (value: string) => number };
    /** The plaintext switch parameter: `on` requires TLS; the platform default is `on`. */
    readonly secureTransport: string;
}

const TLS_VERSIONS = ["TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
const TLS13 = TLS_VERSIONS.indexOf("TLSv1.3");
const TLS12 = TLS_VERSIONS.indexOf("TLSv1.2");

/** A TLS version's rank; a list (MySQL `tls_version`) ranks as its weakest member; anything unreadable ranks weakest. */
function versionRank(value: string): number {
    const ranks = value.split(",").map((v) => TLS_VERSIONS.indexOf(v.trim()));
    return Math.min(...ranks);
}

const POSTGRES: DatabaseTls = {
    label: "PostgreSQL server", configurationType: TLS_TYPES.postgresConfiguration,
    floor: { name: "ssl_min_protocol_version", platformDefault: "TLSv1.2", rank: versionRank },
    secureTransport: "require_secure_transport",
};

const MYSQL: DatabaseTls = {
    label: "MySQL server", configurationType: TLS_TYPES.mysqlConfiguration,
    floor: { name: "tls_version", platformDefault: "TLSv1.2", rank: versionRank },
    secureTransport: "require_secure_transport",
};

/** `'a'`, or `'a' (the weakest of 2 settings: 'c1', 'c2'; 'c2' sets it)` when several settings compete. */
function describeWeakest(value: string, settings: readonly StackResource[], weakest: StackResource): string {
    return settings.length === 1 ? `'${value}'` : `'${value}' (the weakest of ${settings.length} settings: ${settings.map((s) => `'${s.name}'`).join(", ")}; '${weakest.name}' sets it)`;
}

/**
 * Judges the TLS parameters of one database server: its floor must reach `required` (a rank), its
 * plaintext switch must be on. Parameters belong to the server whose name their `serverName`
 * refers to (lib/references.ts); when several set the same parameter, the weakest wins, since the
 * pack cannot know which one Azure applies last.
 */
function databaseServer(stack: StackView, r: StackResource, engine: DatabaseTls, required: number, limitNote?: string): Finding[] {
    const ofServer = referrersOfType(stack, r, engine.configurationType, "serverName", "serverName");
    const unnamed = ofServer.filter((c) => settingName(stack, c) === undefined);
    if (unnamed.length > 0) {
        return [undecided(ITEM, `${engine.label} '${r.name}' has configurations whose setting name is unknown in preview (${unnamed.map((c) => `'${c.name}'`).join(", ")}), so its ${engine.floor.name} and ${engine.secureTransport} cannot be found`, r)];
    }
    const settings = (name: string) => ofServer.filter((c) => settingName(stack, c) === name);
    const findings: Finding[] = [];
    const floors = settings(engine.floor.name);
    const requiredName = TLS_VERSIONS[required];
    if (floors.length === 0) {
        findings.push(violation(ITEM, `${engine.label} '${r.name}' has no ${engine.floor.name} configuration (${engine.configurationType}); the platform's documented default (${engine.floor.platformDefault}) would apply, and the pack never relies on a default; ${requiredName} is required`, r));
    } else if (floors.some((c) => isUnknown(c.props.value))) {
        findings.push(undecided(ITEM, `${engine.label} '${r.name}' ${engine.floor.name} is unknown in preview`, r));
    } else {
        const weakest = [...floors].sort((a, b) => engine.floor.rank(String(a.props.value)) - engine.floor.rank(String(b.props.value)))[0];
        const value = String(weakest.props.value);
        if (engine.floor.rank(value) < required) {
            findings.push(violation(ITEM, `${engine.label} '${r.name}' ${engine.floor.name} is ${describeWeakest(value, floors, weakest)}; ${requiredName} is required`, r));
        } else if (limitNote !== undefined && engine.floor.rank(value) < TLS13) {
            findings.push(platformLimit(ITEM, `${engine.label} '${r.name}' enforces ${value}: ${limitNote}`, r));
        }
    }
    const switches = settings(engine.secureTransport);
    if (switches.length === 0) {
        findings.push(violation(ITEM, `${engine.label} '${r.name}' has no ${engine.secureTransport} configuration (${engine.configurationType}); the platform's documented default (ON) would apply, and the pack never relies on a default`, r));
    } else if (switches.some((c) => isUnknown(c.props.value))) {
        findings.push(undecided(ITEM, `${engine.label} '${r.name}' ${engine.secureTransport} is unknown in preview`, r));
    } else {
        const off = switches.find((c) => String(c.props.value).toUpperCase() !== "ON");
        if (off !== undefined) {
            findings.push(violation(ITEM, `${engine.label} '${r.name}' ${engine.secureTransport} is ${describeWeakest(String(off.props.value), switches, off)}, which accepts plaintext connections; it must be ON`, r));
        }
    }
    return findings;
}

function postgres(stack: StackView, r: StackResource): Finding[] {
    return databaseServer(stack, r, POSTGRES, TLS13);
}

function mysql(stack: StackView, r: StackResource): Finding[] {
    // MySQL 8.0 flexible servers accept tls_version TLSv1.3 alone; 5.7 stops at TLSv1.2.
    const version = asString(r.props.version);
    return version !== undefined && version.startsWith("5.7")
        ? databaseServer(stack, r, MYSQL, TLS12, "MySQL 5.7 supports at most TLSv1.2, so TLS 1.3 cannot be required")
        : databaseServer(stack, r, MYSQL, TLS13);
}

function sqlServer(r: StackResource): Finding[] {
    const v = r.props.minimalTlsVersion;
    if (isUnknown(v)) {
        return [undecided(ITEM, `SQL server '${r.name}' minimalTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, "minimalTlsVersion", "None: every TLS version is accepted")];
    }
    if (v === "1.3") {
        return [];
    }
    if (v === "1.2") {
        return [platformLimit(ITEM, `SQL server '${r.name}' enforces TLS 1.2; TLS 1.3 cannot be required at the API version azure-native 2.10.0 calls`, r)];
    }
    return [violation(ITEM, `SQL server '${r.name}' minimalTlsVersion is '${String(v)}'; at least 1.2 is required`, r)];
}

function redis(r: StackResource): Finding[] {
    const plaintext = plaintextSwitch(r, "Redis cache", ["enableNonSslPort"], false, "false");
    const v = r.props.minimumTlsVersion;
    if (isUnknown(v)) {
        return [...plaintext, undecided(ITEM, `Redis cache '${r.name}' minimumTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [...plaintext, absent(r, "minimumTlsVersion", "1.0 on caches created before the platform default changed")];
    }
    if (v !== "1.2") {
        return [...plaintext, violation(ITEM, `Redis cache '${r.name}' minimumTlsVersion is '${String(v)}'; at least 1.2 is required`, r)];
    }
    return plaintext.length > 0 ? plaintext
        : [platformLimit(ITEM, `Redis cache '${r.name}' enforces TLS 1.2, the highest minimum the Redis API allows (TlsVersion stops at 1.2); TLS 1.3 cannot be required`, r)];
}

function containerApp(r: StackResource): Finding[] {
    const ingress = at(r.props, ["configuration", "ingress"]);
    if (isUnknown(ingress)) {
        return [undecided(ITEM, `container app '${r.name}' configuration.ingress is unknown in preview`, r)];
    }
    if (ingress === undefined || ingress === null) {
        return [];
    }
    const plaintext = plaintextSwitch(r, "container app", ["configuration", "ingress", "allowInsecure"], false, "false");
    return plaintext.length > 0 ? plaintext
        : [platformLimit(ITEM, `container app '${r.name}' ingress accepts TLS 1.2 and 1.3 and the Container Apps API has no setting to require 1.3`, r)];
}

/** TLS 1.3 where the platform can require it; a 1.2 floor elsewhere, reported as a platform limit; no plaintext. */
export const enforceTlsFloor = readinessPolicy({
    name: "enforce-tls-floor",
    description: "Endpoints require TLS 1.3 where the platform can (Application Gateway, PostgreSQL, MySQL 8.0, SQL) and TLS 1.2 elsewhere, which is reported as a [platform-limit]; below the floor, unset, or with a plaintext switch open anywhere (HTTP allowed, plain FTP, a route, routing rule, CDN endpoint or API serving HTTP without redirect, non-TLS port, insecure transport) fails.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...ENDPOINT_TYPES, ...PARAMETER_TYPES, ...INGRESS_PART_TYPES, ...STATEFUL_TLS_EVIDENCE],
    defaults: {},
    check(stack): Finding[] {
        if (!stack.resources.some((r) => ENDPOINT_TYPES.includes(r.type))) {
            return [violation(ITEM, `no endpoint in the stack to check for TLS (expected one of ${ENDPOINT_TYPES.join(", ")})`)];
        }
        return [
            ...stack.ofType(TLS_TYPES.storageAccount).flatMap(storage),
            ...stack.ofType(TLS_TYPES.webApp).flatMap(webAppTls),
            ...stack.ofType(TLS_TYPES.applicationGateway).flatMap(gateway),
            ...stack.ofType(TLS_TYPES.keyVault).flatMap(keyVault),
            ...stack.ofType(TLS_TYPES.postgresServer).flatMap((r) => postgres(stack, r)),
            ...stack.ofType(TLS_TYPES.mysqlServer).flatMap((r) => mysql(stack, r)),
            ...stack.ofType(TLS_TYPES.sqlServer).flatMap(sqlServer),
            ...stack.ofType(TLS_TYPES.redis).flatMap(redis),
            ...stack.ofType(TLS_TYPES.containerApp).flatMap(containerApp),
            ...ingressTlsFindings(stack),
            ...stack.resources.filter((r) => ENDPOINT_TYPES.includes(r.type) && STATEFUL_TLS_JUDGES[r.type] !== undefined).flatMap((r) => STATEFUL_TLS_JUDGES[r.type](stack, r)),
        ];
    },
});
