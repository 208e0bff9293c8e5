import { Finding, platformLimit, undecided, violation } from "./findings";
import { StackResource } from "./stack";
import { isUnknown } from "./values";

/**
 * How enforce-tls-floor judges the TLS floor of the stateful types beyond those it has always
 * judged: each type's floor property, the values it accepts, and the highest floor its API lets a
 * program require (at the API versions azure-native 2.10.0 calls; the enums are the SDK's). None of
 * these types has a plaintext switch in its API: every connection to them is TLS.
 */

const ITEM = "security.tls-in-transit";

interface TlsFloor {
    readonly label: string;
    /** The floor property, at the top of the resource. */
    readonly property: string;
    /** Values that meet the floor, weakest first. */
    readonly accepted: readonly string[];
    /** Accepted values that are the highest the API offers but below TLS 1.3: reported as [platform-limit]. */
    readonly limited: readonly string[];
    /** The platform's documented default when unset, for the message. */
    readonly platformDefault: string;
}

const FLOORS: Readonly<Record<string, TlsFloor>> = {
    // ManagedInstance.minimalTlsVersion is a free string ('None', '1.0', '1.1', '1.2'), as Server's.
    "azure-native:sql:ManagedInstance": {
        label: "SQL managed instance", property: "minimalTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"], platformDefault: "the service's, which has changed over time",
    },
    // MinimalTlsVersion: Tls, Tls11, Tls12.
    "azure-native:documentdb:DatabaseAccount": {
        label: "Cosmos DB account", property: "minimalTlsVersion", accepted: ["Tls12"], limited: ["Tls12"], platformDefault: "the service's, which has changed over time",
    },
    // TlsVersion: 1.0, 1.1, 1.2 (newer API versions add 1.3; the property takes any string, so 1.3 passes
    // where the API the provider calls accepts it, and a deploy fails where it does not).
    "azure-native:servicebus:Namespace": {
        label: "Service Bus namespace", property: "minimumTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"],
        platformDefault: "1.2 since TLS 1.0 and 1.1 were retired",
    },
    "azure-native:eventhub:Namespace": {
        label: "Event Hubs namespace", property: "minimumTlsVersion", accepted: ["1.2", "1.3"], limited: ["1.2"],
        platformDefault: "1.2 since TLS 1.0 and 1.1 were retired",
    },
};

/** The floor of `r`: unknown, unset (the default is never relied on), below the floor, or met. */
function judgeFloor(r: StackResource, f: TlsFloor): Finding[] {
    const v = r.props[f.property];
    if (isUnknown(v)) {
        return [undecided(ITEM, `${f.label} '${r.name}' ${f.property} is unknown in preview`, r)];
    }
    if (v === undefined) {
        return [violation(ITEM, `${r.type} '${r.name}' does not set ${f.property}; the platform's documented default (${f.platformDefault}) would apply, and the pack never relies on a default`, r)];
    }
    if (typeof v !== "string" || !f.accepted.includes(v)) {
        return [violation(ITEM, `${f.label} '${r.name}' ${f.property} is '${String(v)}'; at least ${f.accepted[0]} is required`, r)];
    }
    return f.limited.includes(v)
        ? [platformLimit(ITEM, `${f.label} '${r.name}' enforces TLS ${v}, the highest minimum its API offers at the version azure-native 2.10.0 calls; TLS 1.3 cannot be required`, r)]
        : [];
}

/**
 * A Managed HSM has no TLS setting in its API: the service's own floor applies (TLS 1.2), reported
 * as a platform limit, as a Key Vault's.
 */
function managedHsm(r: StackResource): Finding[] {
    return [platformLimit(ITEM, `managed HSM '${r.name}' has no setting to require a TLS version in its API; the service's own TLS 1.2 floor applies and TLS 1.3 cannot be required`, r)];
}

/** The stateful TLS judges, by type. */
export const STATEFUL_TLS_JUDGES: Readonly<Record<string, (r: StackResource) => Finding[]>> = {
    "azure-native:keyvault:ManagedHsm": managedHsm,
    ...Object.fromEntries(Object.entries(FLOORS).map(([type, f]) => [type, (r: StackResource) => judgeFloor(r, f)])),
};
