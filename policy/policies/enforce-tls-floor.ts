import { Finding, platformLimit, undecided, violation } from "../lib/findings";
import { typesJudgedBy } from "../lib/catalogue";
import { readinessPolicy } from "../lib/readiness-policy";
import { StackResource, StackView, TYPES } from "../lib/stack";
import { asString, at, isUnknown } from "../lib/values";

const ITEM = "security.tls-in-transit";

function absent(resource: StackResource, property: string, platformDefault: string): Finding {
    return violation(ITEM, `${resource.type} '${resource.name}' does not set ${property}; the platform's documented default (${platformDefault}) would apply, and the pack never relies on a default`, resource);
}

function storage(r: StackResource): Finding[] {
    const v = r.props.minimumTlsVersion;
    if (isUnknown(v)) {
        return [undecided(ITEM, `storage account '${r.name}' minimumTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, "minimumTlsVersion", "TLS1_0")];
    }
    if (v === "TLS1_2") {
        return [platformLimit(ITEM, `storage account '${r.name}' enforces TLS 1.2, the highest minimum the storage API allows (MinimumTlsVersion stops at TLS1_2); TLS 1.3 cannot be required`, r)];
    }
    return [violation(ITEM, `storage account '${r.name}' minimumTlsVersion is '${String(v)}'; at least TLS1_2 is required`, r)];
}

function webApp(r: StackResource): Finding[] {
    const v = at(r.props, ["siteConfig", "minTlsVersion"]);
    if (isUnknown(v)) {
        return [undecided(ITEM, `web app '${r.name}' siteConfig.minTlsVersion is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [absent(r, "siteConfig.minTlsVersion", "1.2")];
    }
    if (v === "1.3") {
        return [];
    }
    if (v === "1.2") {
        return [platformLimit(ITEM, `web app '${r.name}' enforces TLS 1.2, the highest minimum the App Service API allows (SupportedTlsVersions stops at 1.2); TLS 1.3 cannot be required`, r)];
    }
    return [violation(ITEM, `web app '${r.name}' siteConfig.minTlsVersion is '${String(v)}'; at least 1.2 is required`, r)];
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
 * A PostgreSQL configuration's setting name. Its `name` output once the cloud has answered; in a
 * preview that is unknown and the setting is only in the `configurationName` path parameter, which
 * the outputs drop, so it is read from the inputs recorded at `Analyze`.
 */
function settingName(stack: StackView, c: StackResource): string | undefined {
    return asString(c.props.name) ?? asString(stack.pathParameter(c, "configurationName"));
}

function postgres(stack: StackView, r: StackResource): Finding[] {
    const serverName = asString(stack.pathParameter(r, "serverName")) ?? r.name;
    // Related through the property dependency of serverName (both engines send it); a literal server name is the fallback.
    const ofServer = stack.ofType(TYPES.postgresConfiguration).filter((c) =>
        stack.dependenciesOf(c, "serverName").some((d) => d.urn === r.urn) || asString(stack.pathParameter(c, "serverName")) === serverName);
    const configs = ofServer.filter((c) => settingName(stack, c) === "ssl_min_protocol_version");
    if (configs.length === 0) {
        const unnamed = ofServer.filter((c) => settingName(stack, c) === undefined);
        if (unnamed.length > 0) {
            return [undecided(ITEM, `PostgreSQL server '${r.name}' has configurations whose setting name is unknown in preview (${unnamed.map((c) => `'${c.name}'`).join(", ")}), so its ssl_min_protocol_version cannot be found`, r)];
        }
        return [violation(ITEM, `PostgreSQL server '${r.name}' has no ssl_min_protocol_version configuration (${TYPES.postgresConfiguration}); the platform's documented default (TLSv1.2) would apply, and PostgreSQL can require TLSv1.3`, r)];
    }
    const value = configs[0].props.value;
    if (isUnknown(value)) {
        return [undecided(ITEM, `PostgreSQL server '${r.name}' ssl_min_protocol_version is unknown in preview`, r)];
    }
    return value === "TLSv1.3" ? [] : [violation(ITEM, `PostgreSQL server '${r.name}' ssl_min_protocol_version is '${String(value)}'; PostgreSQL can require TLSv1.3, so TLSv1.3 is required`, r)];
}

/** TLS 1.3 where the platform can require it; a 1.2 floor elsewhere, reported as a platform limit. */
export const enforceTlsFloor = readinessPolicy({
    name: "enforce-tls-floor",
    description: "Endpoints require TLS 1.3 where the platform can (Application Gateway, PostgreSQL) and TLS 1.2 elsewhere, which is reported as a [platform-limit]; below the floor or unset fails.",
    items: [ITEM],
    waivableInProd: false,
    evidenceTypes: [...typesJudgedBy("enforce-tls-floor", "tls"), TYPES.postgresConfiguration],
    defaults: {},
    check(stack): Finding[] {
        const endpoints = typesJudgedBy("enforce-tls-floor", "tls");
        if (!stack.resources.some((r) => endpoints.includes(r.type as never))) {
            return [violation(ITEM, `no endpoint in the stack to check for TLS (expected one of ${endpoints.join(", ")})`)];
        }
        return [
            ...stack.ofType(TYPES.storageAccount).flatMap(storage),
            ...stack.ofType(TYPES.webApp).flatMap(webApp),
            ...stack.ofType(TYPES.applicationGateway).flatMap(gateway),
            ...stack.ofType(TYPES.keyVault).flatMap(keyVault),
            ...stack.ofType(TYPES.postgresFlexible).flatMap((r) => postgres(stack, r)),
        ];
    },
});
